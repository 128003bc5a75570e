/**
 * Words readers see for the codes stored in content/. One table per code list, typed so that a
 * new status or kind added to a schema fails the type check until it has a label here.
 */
import type { OfferKind, Qualifier, Role, Status } from './schemas/country';

export const STATUS_LABELS: Record<Status, { label: string; meaning: string }> = {
  'publicly-announced': {
    label: 'Publicly announced',
    meaning: 'The government or its officials said so in public (an announcement, statement or press conference), as the report describes.',
  },
  'diplomatic-sources': {
    label: 'Reported by diplomatic sources',
    meaning: 'The Miami Herald learned of the country’s willingness from diplomatic sources; the government had not announced it in public, as far as the report says.',
  },
  'under-discussion': {
    label: 'Under discussion',
    meaning: 'The report says the country is looking at taking part or has discussed an offer, without a commitment.',
  },
  'not-a-contributor': {
    label: 'Not a contributor',
    meaning: 'Named in the report with a part in the story (host, co-author of the resolution) but no offer of help to the mission.',
  },
};

export const ROLE_LABELS: Record<Role, string> = {
  'lead-nation': 'Lead nation',
  contributor: 'Contributor',
  'possible-contributor': 'Possible contributor',
  funder: 'Funder, enabling support and co-author of the resolution',
  'co-drafter': 'Co-author of the draft resolution',
  host: 'Host country',
};

export const KIND_LABELS: Record<OfferKind, string> = {
  police: 'Police',
  military: 'Military',
  personnel: 'Personnel (police or military not settled)',
  funding: 'Funding',
  equipment: 'Equipment',
  'enabling-support': 'Enabling support',
};

export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  'up-to': 'up to ',
  'at-least': 'at least ',
};
