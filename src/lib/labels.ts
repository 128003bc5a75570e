/**
 * Words readers see for the codes stored in content/. One table per code list, typed so that a
 * new status or kind added to a schema fails the type check until it has a label here.
 */
import type { OfferKind, Qualifier, Role, Standing, Status } from './schemas/country';

export const STATUS_LABELS: Record<Status, { label: string; meaning: string }> = {
  'stated-in-public': {
    label: 'Stated in public',
    meaning:
      'The report describes the country’s part being stated in public: announced by its government, backed by a minister at a press conference, or named by US officials. It is not a final commitment: see the country’s conditions.',
  },
  'diplomatic-sources': {
    label: 'Reported by diplomatic sources',
    meaning: 'The Miami Herald learned of the country’s willingness from diplomatic sources; the report describes no public statement by its government.',
  },
  'under-discussion': {
    label: 'Under discussion',
    meaning: 'The report says the country is looking at taking part or has discussed an offer, without a commitment.',
  },
  'not-a-contributor': {
    label: 'Not a contributor',
    meaning: 'Named in the report with a part in the story (the country the mission would help, or co-author of the draft resolution), with no offer of help stated.',
  },
};

export const ROLE_LABELS: Record<Role, string> = {
  'lead-nation': 'Lead nation',
  contributor: 'Contributor',
  'possible-contributor': 'Possible contributor',
  backer: 'Co-author of the draft resolution; would work with Congress to secure funding',
  'co-drafter': 'Co-author of the draft resolution',
  host: 'Host country',
};

export const KIND_LABELS: Record<OfferKind, string> = {
  police: 'Police',
  military: 'Military',
  personnel: 'Personnel (police or military not specified)',
  funding: 'Funding',
  equipment: 'Equipment',
  'enabling-support': 'Enabling support',
};

/** Said after every figure, so that a number never reads firmer than the report has it. */
export const STANDING_LABELS: Record<Standing, string> = {
  offered: 'offered',
  announced: 'announced',
  expected: 'expected',
  discussed: 'discussed, not described as an offer',
  considering: 'under consideration',
  'to-be-sought': 'to be sought, not yet secured',
};

export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  'up-to': 'up to ',
  'at-least': 'at least ',
};
