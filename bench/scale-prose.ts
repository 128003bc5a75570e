/**
 * The words of the benchmark's generated articles and country records (bench/scale.ts),
 * in every language of the site. Each entry is one sentence (or heading, title...) written in
 * English, French and Kreyòl, so a generated article and its translations say the same thing
 * sentence for sentence and cite the same report paragraphs, as real translations do.
 *
 * Placeholders, filled in by the generator in each language:
 *   {c} {c2}         a country's name (the page's language)
 *   {cl} {c2l}       the same name as a link to its country page
 *   {g:ID}           a link to the glossary term ID (must exist in content/glossary.json)
 *   {topic}          a topic (TOPICS below)
 *   {art}            a link to another article, its title as the link text
 *   {n}              a figure, written the way the language writes it (offers only)
 *
 * The filler prose states no figure (no number, month or date, in digits or words) so the figure
 * check accepts it whatever paragraph it cites; the sentences that do state a figure (FACTS,
 * OFFER_PRESETS) say which report paragraph they need, and the generator uses them only when
 * content/sources.json says that paragraph states the figure. Words each language's figure
 * reader counts are avoided in the filler: English number words and capitalised month names,
 * French "deux", "sept", "neuf", "mars", "mai"..., Kreyòl "de peyi", "sis", "me", "mas", "out"...
 */
import type { Lang } from '../src/i18n/languages.ts';
import type { OfferKind, Qualifier, Standing, Status, Unit } from '../src/domain/vocabulary.ts';

/** One piece of text in every language of the site (a new language fails the type check here). */
export type Words = Record<Lang, string>;

/** Topics a sentence can be about. English as a noun phrase, French after "le volet", Kreyòl after "kesyon". */
export const TOPICS: readonly (Words & { key: string })[] = [
  { key: 'training', en: 'training', fr: 'formation', ht: 'fòmasyon' },
  { key: 'logistics', en: 'logistics', fr: 'logistique', ht: 'lojistik' },
  { key: 'command', en: 'the chain of command', fr: 'commandement', ht: 'kòmandman' },
  { key: 'funding', en: 'funding', fr: 'financement', ht: 'finansman' },
  { key: 'equipment', en: 'equipment', fr: 'équipement', ht: 'ekipman' },
  { key: 'rules', en: 'the rules of engagement', fr: "règles d'engagement", ht: 'règ angajman' },
  { key: 'languages', en: 'language skills', fr: 'langues', ht: 'konesans lang' },
  { key: 'rotation', en: 'the rotation of personnel', fr: 'relève des effectifs', ht: 'woulman pèsonèl' },
  { key: 'police-coordination', en: 'coordination with the Haitian police', fr: 'coordination avec la police haïtienne', ht: 'kowòdinasyon ak polis Ayiti' },
  { key: 'oversight', en: 'oversight', fr: 'contrôle', ht: 'kontwòl' },
  { key: 'medical-care', en: 'medical care', fr: 'soins médicaux', ht: 'swen medikal' },
  { key: 'transport', en: 'transport', fr: 'transport', ht: 'transpò' },
];

/** Link texts for the glossary terms the sentences link to. */
export const GLOSSARY_LINK_TEXT: Record<string, Words> = {
  'security-council': { en: 'Security Council', fr: 'Conseil de sécurité', ht: 'Konsèy Sekirite' },
  resolution: { en: 'resolution', fr: 'résolution', ht: 'rezolisyon' },
  'multinational-force': { en: 'multinational force', fr: 'force multinationale', ht: 'fòs miltinasyonal' },
  'enabling-support': { en: 'enabling support', fr: 'soutien logistique', ht: 'sipò lojistik' },
  'uniformed-personnel': { en: 'uniformed personnel', fr: 'personnel en uniforme', ht: 'pèsonèl an inifòm' },
  'bilateral-agreement': { en: 'bilateral agreement', fr: 'accord bilatéral', ht: 'akò bilateral' },
  'general-assembly': { en: 'General Assembly', fr: 'Assemblée générale', ht: 'Asanble Jeneral' },
  'peacekeeping-mission': { en: 'peacekeeping mission', fr: 'mission de maintien de la paix', ht: 'misyon pou kenbe lapè' },
  'humanitarian-crisis': { en: 'humanitarian crisis', fr: 'crise humanitaire', ht: 'kriz imanitè' },
};

/** Sentences that state no figure; each is one claim, cited to whatever paragraph the generator picks. */
export const SENTENCES: readonly Words[] = [
  {
    en: 'The report lists {cl} among the governments that told Washington they were willing to help, but it gives few details of what that help would look like.',
    fr: "L'article range {cl} parmi les gouvernements qui ont dit à Washington être prêts à aider, sans donner beaucoup de détails sur la forme que prendrait cette aide.",
    ht: 'Repòtaj la mete {cl} pami gouvènman ki te di Washington yo pare pou ede, men li pa bay anpil detay sou fòm èd sa a ta pran.',
  },
  {
    en: 'Officials quoted in the report say the shape of the force will only become clear once the {g:security-council} has voted on the text before it.',
    fr: "Selon les responsables cités dans l'article, la forme de la force ne sera claire qu'une fois que le {g:security-council} aura voté sur le texte qui lui est soumis.",
    ht: 'Dapre ofisyèl repòtaj la site yo, fòm fòs la ap vin klè sèlman lè {g:security-council} fin vote sou tèks yo soumèt ba li a.',
  },
  {
    en: 'For {c}, the open questions are practical ones: who would pay, who would command, and how long the personnel would stay.',
    fr: 'Côté {c}, les questions ouvertes sont concrètes : qui paierait, qui commanderait, et combien de temps le personnel resterait sur place.',
    ht: 'Pou {c}, kesyon ki rete yo se kesyon pratik: kiyès ki ta peye, kiyès ki ta kòmande, ak konbyen tan pèsonèl la ta rete.',
  },
  {
    en: 'The report does not say whether {c} has set aside money for the deployment, and no budget appears in its account of the talks.',
    fr: "L'article ne dit pas si des fonds sont prévus pour le déploiement côté {c}, et aucun budget n'apparaît dans son récit des discussions.",
    ht: 'Repòtaj la pa di si {c} mete lajan sou kote pou deplwaman an, e pa gen okenn bidjè ki parèt nan sa li rakonte sou diskisyon yo.',
  },
  {
    en: 'Diplomats describe {topic} as one of the points still being worked out between the capitals involved.',
    fr: 'Des diplomates décrivent le volet {topic} comme l’un des points encore en discussion entre les capitales concernées.',
    ht: 'Diplomat yo di kesyon {topic} se youn nan pwen kapital ki konsène yo poko fin regle.',
  },
  {
    en: 'Any {g:multinational-force} would work alongside the Haitian National Police rather than replace it, according to the officials the report quotes.',
    fr: "Toute {g:multinational-force} travaillerait aux côtés de la Police nationale d'Haïti plutôt que de la remplacer, selon les responsables cités dans l'article.",
    ht: 'Nenpòt {g:multinational-force} ta travay ansanm ak Polis Nasyonal Ayiti, li pa ta ranplase l, dapre ofisyèl repòtaj la site yo.',
  },
  {
    en: 'The account given here sticks to what the report states; where it is silent, this page says so rather than filling the gap.',
    fr: "Ce récit s'en tient à ce que dit l'article ; là où il se tait, cette page le signale au lieu de combler le vide.",
    ht: 'Sa nou rakonte la a rete sou sa repòtaj la di; kote li pa di anyen, paj sa a di sa olye li ranpli vid la.',
  },
  {
    en: '{c2} is also named in this part of the report, though its own role is described in less detail than that of {c}.',
    fr: "Le dossier {c2} est aussi évoqué dans cette partie de l'article, de façon moins détaillée que le dossier {c}.",
    ht: 'Repòtaj la nonmen {c2} tou nan pati sa a, men li pa bay otan detay sou wòl li pase sou wòl {c}.',
  },
  {
    en: 'Washington has presented the effort as a police mission, and the report notes that the distinction matters to several of the governments involved.',
    fr: "Washington présente l'effort comme une mission de police, et l'article note que cette distinction compte pour plusieurs des gouvernements concernés.",
    ht: 'Washington prezante efò a kòm yon misyon polis, e repòtaj la remake diferans sa a enpòtan pou plizyè nan gouvènman ki konsène yo.',
  },
  {
    en: 'The talks over {topic} have not produced a public agreement, and the report gives no timetable for one.',
    fr: "Les discussions sur le volet {topic} n'ont pas abouti à un accord public, et l'article ne donne aucun calendrier.",
    ht: 'Diskisyon sou kesyon {topic} poko bay okenn akò piblik, e repòtaj la pa bay okenn kalandriye pou sa.',
  },
  {
    en: 'Readers looking for the wider picture can compare this with the {g:enabling-support} that other governments have offered.',
    fr: "Pour une vue d'ensemble, on peut comparer avec le {g:enabling-support} que d'autres gouvernements ont proposé.",
    ht: 'Moun ki vle wè tablo a an antye ka konpare sa ak {g:enabling-support} lòt gouvènman ofri.',
  },
  {
    en: 'The report describes {c} as waiting for the {g:resolution} before saying more about the kind of personnel it would send.',
    fr: "Selon l'article, côté {c}, on attend la {g:resolution} avant d'en dire plus sur le type de personnel qui serait envoyé.",
    ht: 'Dapre repòtaj la, {c} ap tann {g:resolution} an anvan li di plis sou ki kalite pèsonèl li ta voye.',
  },
  {
    en: 'Nothing in the report suggests that {c} would act outside a mission authorised by the United Nations.',
    fr: "Rien dans l'article n'indique, côté {c}, une action hors d'une mission autorisée par les Nations unies.",
    ht: 'Pa gen anyen nan repòtaj la ki montre {c} ta aji andeyò yon misyon Nasyonzini otorize.',
  },
  {
    en: 'The Miami Herald based this part of its account on diplomatic sources who were not named.',
    fr: 'Le Miami Herald fonde cette partie de son récit sur des sources diplomatiques qui n’ont pas été nommées.',
    ht: 'Miami Herald baze pati sa a nan sa li rakonte sou sous diplomatik yo pa nonmen.',
  },
  {
    en: 'How {topic} would be handled on the ground is left open, and the report quotes no official on the subject.',
    fr: "La façon dont le volet {topic} serait géré sur le terrain reste ouverte, et l'article ne cite aucun responsable à ce sujet.",
    ht: 'Kijan yo ta jere kesyon {topic} sou teren an rete yon kesyon ouvè, e repòtaj la pa site okenn ofisyèl sou sa.',
  },
  {
    en: 'Gang violence in Port-au-Prince is the backdrop to every offer in the report, including the one from {c}.',
    fr: "La violence des gangs à Port-au-Prince sert de toile de fond à toutes les offres de l'article, y compris côté {c}.",
    ht: 'Vyolans gang yo nan Pòtoprens se dekò tout òf ki nan repòtaj la, kit se òf {c} tou.',
  },
  {
    en: 'The report sets the pledges of smaller states beside those of larger ones without ranking them.',
    fr: "L'article place les promesses des petits États à côté de celles des plus grands, sans les classer.",
    ht: 'Repòtaj la mete pwomès ti peyi yo bò kote pa gwo peyi yo, san li pa klase yo.',
  },
  {
    en: 'Some of the governments named, {c2} among them, had made their intentions public before the meeting in New York.',
    fr: "Certains gouvernements cités avaient rendu publiques leurs intentions avant la réunion de New York ; c'est le cas côté {c2}.",
    ht: 'Kèk nan gouvènman repòtaj la nonmen yo, pami yo {c2}, te fè entansyon yo konnen anvan reyinyon Nouyòk la.',
  },
  {
    en: 'A {g:bilateral-agreement} can clear the way for assistance, but the report does not say whether {c} has one with the lead nation.',
    fr: "Un {g:bilateral-agreement} peut ouvrir la voie à une assistance, mais l'article ne dit pas si un tel accord existe côté {c} avec le pays chef de file.",
    ht: 'Yon {g:bilateral-agreement} ka louvri chemen pou asistans, men repòtaj la pa di si {c} gen youn ak peyi ki an tèt misyon an.',
  },
  {
    en: 'The {g:general-assembly} week in New York gave several delegations the chance to state their positions in person.',
    fr: "La semaine de l'{g:general-assembly} à New York a permis à plusieurs délégations d'exposer leur position en personne.",
    ht: 'Semèn {g:general-assembly} nan Nouyòk la te bay plizyè delegasyon chans pou yo prezante pozisyon yo an pèsòn.',
  },
  {
    en: 'Whether the deployment would count as a {g:peacekeeping-mission} is a question the report leaves to the Security Council.',
    fr: "L'article laisse au Conseil de sécurité la question de savoir si le déploiement compterait comme une {g:peacekeeping-mission}.",
    ht: 'Repòtaj la kite Konsèy Sekirite a deside si deplwaman an ta konte kòm yon {g:peacekeeping-mission}.',
  },
  {
    en: 'The {g:humanitarian-crisis} in Haiti is the reason most often given for acting quickly, according to the report.',
    fr: "Selon l'article, la {g:humanitarian-crisis} en Haïti est la raison la plus souvent avancée pour agir vite.",
    ht: 'Dapre repòtaj la, {g:humanitarian-crisis} an Ayiti se rezon yo bay pi souvan pou aji vit.',
  },
  {
    en: 'No figure for the contribution of {c} appears in the report, and this page does not guess one.',
    fr: "Aucun chiffre n'apparaît dans l'article pour la contribution côté {c}, et cette page n'en invente pas.",
    ht: 'Pa gen okenn chif pou kontribisyon {c} ki parèt nan repòtaj la, e paj sa a pa envante youn.',
  },
  {
    en: 'The officials who spoke to reporters stressed that the list of willing countries could still grow.',
    fr: 'Les responsables qui se sont exprimés devant la presse ont souligné que la liste des pays volontaires pouvait encore s’allonger.',
    ht: 'Ofisyèl ki te pale ak jounalis yo te ensiste lis peyi ki dispoze yo te ka toujou vin pi long.',
  },
  {
    en: 'According to the report, {topic} is among the needs the lead nation has yet to spell out in full.',
    fr: "Selon l'article, le volet {topic} fait partie des besoins que le pays chef de file doit encore préciser.",
    ht: 'Dapre repòtaj la, kesyon {topic} se youn nan bezwen peyi ki an tèt misyon an poko fin presize.',
  },
  {
    en: 'Those wanting the country-by-country detail will find it on the page for {cl} and on the pages it links to.',
    fr: 'Le détail pays par pays se trouve sur la page {cl} et sur les pages vers lesquelles elle renvoie.',
    ht: 'Moun ki vle detay peyi pa peyi ap jwenn yo sou paj {cl} la ak sou paj li voye yo.',
  },
  {
    en: 'The report is careful to separate what governments said in public from what diplomats said in private.',
    fr: "L'article prend soin de distinguer ce que les gouvernements ont dit en public de ce que les diplomates ont dit en privé.",
    ht: 'Repòtaj la fè atansyon pou l separe sa gouvènman yo di an piblik ak sa diplomat yo di an prive.',
  },
  {
    en: 'Questions about {topic} are likely to shape how quickly any personnel from {c} could arrive.',
    fr: 'Les questions liées au volet {topic} pèseront sans doute sur la rapidité d’arrivée du personnel, côté {c}.',
    ht: 'Kesyon {topic} ap gen anpil pou wè ak konbyen tan pèsonèl {c} ta mete pou rive.',
  },
  {
    en: 'The report does not describe any vote in the parliament of {c} on sending personnel abroad.',
    fr: "L'article ne fait état d'aucun vote parlementaire côté {c} sur l'envoi de personnel à l'étranger.",
    ht: 'Repòtaj la pa pale sou okenn vòt nan palman {c} pou voye pèsonèl aletranje.',
  },
  {
    en: 'How long any deployment would last is not set out in the report, for {c} or for the other governments.',
    fr: "La durée d'un éventuel déploiement n'est pas précisée dans l'article, ni côté {c} ni pour les autres gouvernements.",
    ht: 'Repòtaj la pa di konbyen tan yon deplwaman ta dire, ni pou {c} ni pou lòt gouvènman yo.',
  },
  {
    en: 'The report quotes officials in Washington more often than officials in the capitals that made offers.',
    fr: "L'article cite plus souvent des responsables à Washington que des responsables des capitales qui ont fait des offres.",
    ht: 'Repòtaj la site ofisyèl Washington yo pi souvan pase ofisyèl kapital ki fè òf yo.',
  },
  {
    en: 'Where the report gives a name but no detail, as it does for {c2}, this page keeps to the name.',
    fr: "Là où l'article donne un nom sans détail, comme côté {c2}, cette page s'en tient au nom.",
    ht: 'Kote repòtaj la bay yon non san detay, tankou pou {c2}, paj sa a rete sou non an sèlman.',
  },
  {
    en: "The mission would answer a request from Haiti's government for help against armed gangs.",
    fr: "La mission répondrait à une demande d'aide du gouvernement haïtien contre les gangs armés.",
    ht: 'Misyon an ta reponn yon demann èd gouvènman Ayiti fè kont gang ame yo.',
  },
  {
    en: 'Questions of {topic} tend to come up late in such talks, once the broad shape of a force is agreed.',
    fr: 'Les questions du volet {topic} arrivent souvent tard dans ce genre de discussions, une fois la forme générale de la force arrêtée.',
    ht: 'Kesyon {topic} konn vini ta nan diskisyon konsa, lè yo fin dakò sou fòm jeneral fòs la.',
  },
  {
    en: 'The report gives no sign that {c} has asked for anything in return for its support.',
    fr: "L'article ne donne aucun signe d'une contrepartie demandée côté {c} en échange de son soutien.",
    ht: 'Repòtaj la pa bay okenn siy ki montre {c} mande anyen an echanj pou sipò li.',
  },
  {
    en: 'Regional bodies in the Caribbean are mentioned as part of the wider diplomatic effort around the mission.',
    fr: "Les organisations régionales des Caraïbes sont mentionnées dans le cadre de l'effort diplomatique plus large autour de la mission.",
    ht: 'Repòtaj la mansyone òganizasyon rejyonal Karayib yo kòm yon pati nan efò diplomatik ki alantou misyon an.',
  },
  {
    en: 'Nothing here should be read as a forecast: the page reports what was said, not what will happen.',
    fr: 'Rien ici ne doit être lu comme une prévision : la page rapporte ce qui a été dit, pas ce qui arrivera.',
    ht: 'Pa gen anyen la a ki se yon prediksyon: paj la rapòte sa yo te di, pa sa k ap rive.',
  },
  {
    en: 'Readers can follow each claim back to its paragraph through the numbered notes at the foot of the page.',
    fr: 'Chaque affirmation renvoie à son paragraphe grâce aux notes numérotées en bas de page.',
    ht: 'Chak enfòmasyon gen yon nòt anba paj la ki voye l sou paragraf li.',
  },
];

/** Section headings; an article uses each at most once. */
export const HEADINGS: readonly Words[] = [
  { en: 'What the report says', fr: "Ce que dit l'article", ht: 'Sa repòtaj la di' },
  { en: 'What is still unclear', fr: 'Ce qui reste flou', ht: 'Sa ki poko klè' },
  { en: 'The diplomatic background', fr: 'Le contexte diplomatique', ht: 'Kontèks diplomatik la' },
  { en: 'Conditions and caveats', fr: 'Conditions et réserves', ht: 'Kondisyon ak rezèv' },
  { en: 'How the offer compares', fr: "Comment l'offre se compare", ht: 'Kijan òf la konpare' },
  { en: 'The question of command', fr: 'La question du commandement', ht: 'Kesyon kòmandman an' },
  { en: 'Money and logistics', fr: 'Argent et logistique', ht: 'Lajan ak lojistik' },
  { en: 'Police or soldiers', fr: 'Policiers ou militaires', ht: 'Polisye oswa sòlda' },
  { en: 'What officials said', fr: "Ce qu'ont dit les responsables", ht: 'Sa ofisyèl yo di' },
  { en: 'Where {c} stands', fr: 'Où en est le dossier {c}', ht: 'Ki kote {c} ye' },
  { en: 'The view from the region', fr: 'Le regard de la région', ht: 'Jan rejyon an wè sa' },
  { en: 'What comes next', fr: 'La suite', ht: 'Sa k ap vini apre' },
  { en: 'Why it matters for Haiti', fr: 'Pourquoi c’est important pour Haïti', ht: 'Poukisa sa enpòtan pou Ayiti' },
  { en: 'Open questions on {topic}', fr: 'Questions ouvertes sur le volet {topic}', ht: 'Kesyon ki rete sou {topic}' },
  { en: 'Sources and method', fr: 'Sources et méthode', ht: 'Sous ak metòd' },
];

/** The heading of the section that carries the figures the report gives. */
export const FIGURES_HEADING: Words = { en: 'The figures the report gives', fr: "Les chiffres de l'article", ht: 'Chif repòtaj la bay' };

/** Titles (at most 120 characters with the name filled in) and the slug word each gives an article. */
export const TITLES: readonly (Words & { slug: string })[] = [
  { slug: 'what-it-has-said', en: 'What {c} has said about the Haiti mission, and what it has not', fr: 'Mission en Haïti : ce que dit le dossier {c}, et ce qu’il ne dit pas', ht: 'Sa {c} di sou misyon Ayiti a, ak sa li pa di' },
  { slug: 'and-the-kenya-led-force', en: '{c} and the Kenya-led force: the report’s account explained', fr: 'Le dossier {c} et la force dirigée par le Kenya : le récit de l’article expliqué', ht: '{c} ak fòs Kenya ta dirije a: sa repòtaj la rakonte, esplike' },
  { slug: 'where-it-stands', en: 'Where {c} stands on the proposed force for Haiti', fr: 'Où en est le dossier {c} face à la force proposée pour Haïti', ht: 'Ki pozisyon {c} sou fòs yo pwopoze pou Ayiti a' },
  { slug: 'open-questions', en: 'The open questions over the part {c} would play in the mission', fr: 'Les questions ouvertes sur le rôle du dossier {c} dans la mission', ht: 'Kesyon ki rete sou wòl {c} ta jwe nan misyon an' },
  { slug: 'and-the-security-council-vote', en: '{c}, the Security Council vote and the conditions still attached', fr: 'Le dossier {c}, le vote du Conseil de sécurité et les conditions posées', ht: '{c}, vòt Konsèy Sekirite a ak kondisyon ki rete yo' },
  { slug: 'on-the-list', en: 'How {c} fits into the list of willing countries', fr: 'La place du dossier {c} dans la liste des pays volontaires', ht: 'Ki plas {c} nan lis peyi ki dispoze yo' },
  { slug: 'what-diplomats-said', en: '{c} and Haiti: what the diplomats told the Miami Herald', fr: 'Le dossier {c} et Haïti : ce que les diplomates ont dit au Miami Herald', ht: '{c} ak Ayiti: sa diplomat yo te di Miami Herald' },
  { slug: 'reading-the-report', en: 'Reading the report: {c} and the question of {topic}', fr: 'Lire l’article : le dossier {c} et le volet {topic}', ht: 'Li repòtaj la: {c} ak kesyon {topic}' },
];

export const STANDFIRSTS: readonly Words[] = [
  {
    en: "The Miami Herald's report names {c} among the governments ready to help Haiti. Here is what it says, what it leaves open and where each claim comes from.",
    fr: "L'article du Miami Herald range {c} parmi les gouvernements prêts à aider Haïti. Voici ce qu'il dit, ce qu'il laisse ouvert et d'où vient chaque affirmation.",
    ht: 'Repòtaj Miami Herald la mete {c} pami gouvènman ki pare pou ede Ayiti. Men sa li di, sa li kite ouvè, ak kote chak enfòmasyon soti.',
  },
  {
    en: 'A plain account of where {c} fits in the plans for a Kenya-led force, with {c2} for comparison, sourced paragraph by paragraph.',
    fr: 'Un récit simple de la place du dossier {c} dans les projets de force dirigée par le Kenya, avec le dossier {c2} en comparaison, sourcé paragraphe par paragraphe.',
    ht: 'Yon esplikasyon klè sou plas {c} nan plan pou yon fòs Kenya ta dirije, ak {c2} pou konparezon, ak sous pou chak paragraf.',
  },
  {
    en: 'What the report says about {c} and {topic}, and what it does not say, as of the day it was published.',
    fr: "Ce que dit l'article sur le dossier {c} et le volet {topic}, et ce qu'il ne dit pas, à la date de sa parution.",
    ht: 'Sa repòtaj la di sou {c} ak kesyon {topic}, ak sa li pa di, nan dat li te parèt la.',
  },
];

/** Takeaways that state no figure. */
export const TAKEAWAYS: readonly Words[] = [
  {
    en: 'The report names {c} among the governments willing to help, pending a Security Council vote.',
    fr: "L'article range {c} parmi les gouvernements prêts à aider, dans l'attente d'un vote du Conseil de sécurité.",
    ht: 'Repòtaj la mete {c} pami gouvènman ki dispoze ede, pandan y ap tann yon vòt Konsèy Sekirite a.',
  },
  {
    en: 'No timetable is given for {topic}, and no official is quoted on it.',
    fr: "Aucun calendrier n'est donné pour le volet {topic}, et aucun responsable n'est cité à ce sujet.",
    ht: 'Pa gen okenn kalandriye pou kesyon {topic}, e yo pa site okenn ofisyèl sou sa.',
  },
  {
    en: 'The list of willing countries came from diplomatic sources, not from Washington.',
    fr: 'La liste des pays volontaires vient de sources diplomatiques, pas de Washington.',
    ht: 'Lis peyi ki dispoze yo soti nan sous diplomatik, pa nan Washington.',
  },
  {
    en: '{c2} is mentioned alongside {c}, with fewer details.',
    fr: 'Le dossier {c2} est évoqué aux côtés du dossier {c}, avec moins de détails.',
    ht: 'Repòtaj la nonmen {c2} tou bò kote {c}, ak mwens detay.',
  },
  {
    en: 'Whether the force would be made up of police or soldiers is still an open question.',
    fr: 'La nature de la force, policière ou militaire, reste une question ouverte.',
    ht: 'Kesyon si fòs la ap fèt ak polisye oswa sòlda a toujou rete ouvè.',
  },
];

/**
 * Sentences that state figures of the report, each with the paragraph that states them (the
 * figures as the figure check writes them). Used only where content/sources.json agrees.
 */
export const FACTS: readonly (Words & { paragraph: number; figures: string[] })[] = [
  {
    paragraph: 1,
    figures: ['12'],
    en: 'At least a dozen countries have told Washington they would take part, pending a vote at the United Nations.',
    fr: "Au moins une douzaine de pays ont dit à Washington qu'ils participeraient, en attendant un vote aux Nations unies.",
    ht: 'Omwen yon douzèn peyi di Washington y ap patisipe, pandan y ap tann yon vòt nan Nasyonzini.',
  },
  {
    paragraph: 2,
    figures: ['15'],
    en: 'Out of public view, Washington had been seeking backing from the 15 members of the Security Council.',
    fr: 'Loin des regards, Washington cherchait le soutien des 15 membres du Conseil de sécurité.',
    ht: 'Lwen je piblik la, Washington t ap chèche sipò 15 manm Konsèy Sekirite a.',
  },
  {
    paragraph: 3,
    figures: ['1000'],
    en: 'As lead nation, Kenya is expected to send 1,000 police officers and troops, according to the US administration.',
    fr: "Selon l'administration américaine, le Kenya, pays chef de file, devrait envoyer 1\u00a0000 policiers et militaires.",
    ht: 'Dapre administrasyon ameriken an, yo atann Kenya voye 1\u00a0000 polisye ak sòlda kòm peyi ki an tèt misyon an.',
  },
  {
    paragraph: 7,
    figures: ['50'],
    en: 'Belize offered up to 50 uniformed personnel, a gesture the report calls symbolic.',
    fr: "Le Belize a proposé jusqu'à 50 membres du personnel en uniforme, un geste que l'article qualifie de symbolique.",
    ht: 'Beliz ofri jiska 50 pèsonèl an inifòm, yon jès repòtaj la rele senbolik.',
  },
  {
    paragraph: 8,
    figures: ['150'],
    en: 'The Bahamas said it would send 150 people once the mission is authorised.',
    fr: "Les Bahamas ont annoncé l'envoi de 150 personnes une fois la mission autorisée.",
    ht: 'Bahamas te di l ap voye 150 moun lè misyon an otorize.',
  },
  {
    paragraph: 11,
    figures: ['34'],
    en: 'Representatives of 34 nations sat around the table at the security meeting in Manhattan.',
    fr: 'Des représentants de 34 pays étaient assis autour de la table lors de la réunion sur la sécurité à Manhattan.',
    ht: 'Reprezantan 34 nasyon te chita alantou tab la nan reyinyon sou sekirite a nan Manhattan.',
  },
  {
    paragraph: 12,
    figures: ['1994', '2020'],
    en: 'A film about the 1994 genocide in Rwanda drew on the efforts of Paul Rusesabagina, whose arrest in 2020 drew criticism abroad.',
    fr: "Un film sur le génocide de 1994 au Rwanda s'inspire des efforts de Paul Rusesabagina, dont l'arrestation en 2020 a suscité des critiques à l'étranger.",
    ht: 'Yon fim sou jenosid 1994 la nan Rwanda baze sou efò Paul Rusesabagina, e arestasyon li an 2020 te fè moun aletranje kritike.',
  },
  {
    paragraph: 13,
    figures: ['500'],
    en: 'One source said Rwanda has discussed sending up to 500 personnel.',
    fr: "Selon une source, le Rwanda a évoqué l'envoi de jusqu'à 500 membres du personnel.",
    ht: 'Dapre yon sous, Rwanda te diskite posiblite pou l voye jiska 500 pèsonèl.',
  },
  {
    paragraph: 16,
    figures: ['80'],
    en: 'The report adds that at least 80% of the capital is under gang control.',
    fr: "L'article ajoute qu'au moins 80\u00a0% de la capitale est sous le contrôle des gangs.",
    ht: 'Repòtaj la ajoute omwen 80\u00a0% kapital la anba kontwòl gang yo.',
  },
  {
    paragraph: 19,
    figures: ['100000000'],
    en: 'The Biden administration said it would work with Congress to secure US$100 million for the mission.',
    fr: "L'administration Biden a dit qu'elle travaillerait avec le Congrès pour obtenir 100 millions de dollars pour la mission.",
    ht: 'Administrasyon Biden nan di l ap travay ak Kongrè a pou jwenn 100 milyon dola pou misyon an.',
  },
  {
    paragraph: 21,
    figures: ['2000'],
    en: "Kenya's president has said he would need at least 2,000 uniformed personnel before committing.",
    fr: "Le président kényan a dit qu'il aurait besoin d'au moins 2\u00a0000 membres du personnel en uniforme avant de s'engager.",
    ht: 'Prezidan Kenya di li ta bezwen omwen 2\u00a0000 pèsonèl an inifòm anvan l angaje l.',
  },
];

/** Around a bulleted list, and the sentence that links to another article. */
export const LIST_INTRO: Words = { en: "In short, the report's account rests on these points:", fr: "En bref, le récit de l'article repose sur ces points :", ht: 'An brèf, sa repòtaj la rakonte chita sou pwen sa yo:' };
export const TABLE_INTRO: Words = {
  en: 'The table lists the countries this article covers and the part the report gives each.',
  fr: "Le tableau donne les pays dont traite cet article et le rôle que l'article du Miami Herald attribue à chacun.",
  ht: 'Tablo a bay peyi atik sa a pale de yo ak wòl repòtaj la bay chak.',
};
export const TABLE_HEAD: Words = { en: '| Country | Part in the mission | Paragraph |', fr: '| Pays | Rôle dans la mission | Paragraphe |', ht: '| Peyi | Wòl nan misyon an | Paragraf |' };
export const SEE_ALSO: Words = {
  en: 'For the wider picture, see {art}; the officials quoted are on the [people](/people/) page.',
  fr: "Pour une vue d'ensemble, voir {art} ; les responsables cités figurent sur la page [personnalités](/people/).",
  ht: 'Pou tablo a an antye, gade {art}; ofisyèl yo site yo sou paj [moun yo](/people/).',
};
/** Footnote definitions: "Miami Herald, 26 September 2023, paragraph 7." */
export const PARAGRAPH_WORD: Words = { en: 'paragraph', fr: 'paragraphe', ht: 'paragraf' };

/** The months as each language writes a date (English from the figure check, Kreyòl from the site's table). */
export const FRENCH_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] as const;

/** Section labels. */
export const SECTIONS: readonly Words[] = [
  { en: 'Contributors', fr: 'Contributeurs', ht: 'Kontribitè' },
  { en: 'The force', fr: 'La force', ht: 'Fòs la' },
  { en: 'Diplomacy', fr: 'Diplomatie', ht: 'Diplomasi' },
  { en: 'Funding', fr: 'Financement', ht: 'Finansman' },
  { en: 'Next steps', fr: 'La suite', ht: 'Etap ki vini yo' },
  { en: 'The region', fr: 'La région', ht: 'Rejyon an' },
  { en: 'Background', fr: 'Contexte', ht: 'Kontèks' },
];

export const AUTHORS = ['Explainer desk', 'Caribbean desk', 'Africa desk', 'Diplomacy desk', 'Data desk'] as const;

// ---------------------------------------------------------------------------------------------
// Country records
// ---------------------------------------------------------------------------------------------

/** One kind of offer a generated country can make; `value` must be a figure its paragraph states. */
export interface OfferPreset {
  kind: OfferKind;
  quantity: { value: number; qualifier: Qualifier; unit: Unit; paragraph: number } | 'not stated';
  standing: Standing;
  /** A sentence for the country's summary ({n}: the figure). */
  clause: Words;
  detail: Words;
}

export const OFFER_PRESETS: Record<'symbolic' | 'announced-people' | 'discussed' | 'police' | 'troops' | 'equipment' | 'enabling' | 'funding' | 'personnel', OfferPreset> = {
  symbolic: {
    kind: 'personnel',
    quantity: { value: 50, qualifier: 'up-to', unit: 'uniformed-personnel', paragraph: 7 },
    standing: 'offered',
    clause: {
      en: 'It has offered up to {n} uniformed personnel, a contribution the report calls symbolic.',
      fr: "Il a proposé jusqu'à {n} membres du personnel en uniforme, une contribution que l'article qualifie de symbolique.",
      ht: 'Li ofri jiska {n} pèsonèl an inifòm, yon kontribisyon repòtaj la rele senbolik.',
    },
    detail: {
      en: "Police or military: to be settled when the mission's shape is known.",
      fr: 'Policiers ou militaires : à trancher quand les contours de la mission seront connus.',
      ht: 'Lapolis oswa militè: y ap regle sa lè yo konnen fòm misyon an.',
    },
  },
  'announced-people': {
    kind: 'personnel',
    quantity: { value: 150, qualifier: 'exact', unit: 'personnel', paragraph: 8 },
    standing: 'announced',
    clause: { en: 'It has announced it would send {n} people.', fr: "Il a annoncé l'envoi de {n} personnes.", ht: 'Li anonse l ap voye {n} moun.' },
    detail: {
      en: 'The final shape of its support waits for the UN vote.',
      fr: "La forme définitive de son soutien attend le vote de l'ONU.",
      ht: 'Fòm final sipò li a ap tann vòt Nasyonzini an.',
    },
  },
  discussed: {
    kind: 'personnel',
    quantity: { value: 500, qualifier: 'up-to', unit: 'uniformed-personnel', paragraph: 13 },
    standing: 'discussed',
    clause: {
      en: 'One source says it has discussed sending up to {n} personnel.',
      fr: "Selon une source, il a évoqué l'envoi de jusqu'à {n} membres du personnel.",
      ht: 'Dapre yon sous, li diskite posiblite pou l voye jiska {n} pèsonèl.',
    },
    detail: {
      en: 'Reported by a single source; the government has not confirmed it.',
      fr: "Rapporté par une seule source ; le gouvernement ne l'a pas confirmé.",
      ht: 'Se yon sèl sous ki rapòte sa; gouvènman an poko konfime l.',
    },
  },
  police: {
    kind: 'police',
    quantity: 'not stated',
    standing: 'considering',
    clause: {
      en: 'It is considering sending police officers; the report gives no number.',
      fr: "Il envisage d'envoyer des policiers ; l'article ne donne aucun nombre.",
      ht: 'L ap egzamine posiblite pou l voye polisye; repòtaj la pa bay okenn kantite.',
    },
    detail: { en: 'The number of officers is not stated in the report.', fr: "Le nombre de policiers n'est pas précisé dans l'article.", ht: 'Repòtaj la pa bay kantite polisye yo.' },
  },
  troops: {
    kind: 'military',
    quantity: 'not stated',
    standing: 'offered',
    clause: { en: 'It has offered troops, though the report gives no number.', fr: "Il a proposé des militaires, sans que l'article donne de nombre.", ht: 'Li ofri sòlda, men repòtaj la pa bay kantite.' },
    detail: { en: 'Troop numbers to be set once the mission is authorised.', fr: 'Les effectifs seront fixés une fois la mission autorisée.', ht: 'Y ap fikse kantite sòlda yo lè misyon an otorize.' },
  },
  equipment: {
    kind: 'equipment',
    quantity: 'not stated',
    standing: 'offered',
    clause: { en: 'It has offered equipment, which the report does not list.', fr: "Il a proposé du matériel, que l'article ne détaille pas.", ht: 'Li ofri ekipman, men repòtaj la pa bay lis li.' },
    detail: {
      en: 'Vehicles and communications gear, according to diplomatic sources.',
      fr: 'Des véhicules et du matériel de communication, selon des sources diplomatiques.',
      ht: 'Machin ak ekipman kominikasyon, dapre sous diplomatik yo.',
    },
  },
  enabling: {
    kind: 'enabling-support',
    quantity: 'not stated',
    standing: 'offered',
    clause: { en: 'It has offered enabling support for the force.', fr: 'Il a proposé un soutien logistique à la force.', ht: 'Li ofri sipò lojistik pou fòs la.' },
    detail: { en: 'Transport, medical care and planning help.', fr: 'Transport, soins médicaux et aide à la planification.', ht: 'Transpò, swen medikal ak èd pou planifikasyon.' },
  },
  funding: {
    kind: 'funding',
    quantity: { value: 100_000_000, qualifier: 'exact', unit: 'USD', paragraph: 19 },
    standing: 'to-be-sought',
    clause: {
      en: 'It has said it would work to secure {n} for the mission, money still to be sought.',
      fr: "Il a dit qu'il s'efforcerait d'obtenir {n} pour la mission, des fonds encore à trouver.",
      ht: 'Li di l ap travay pou jwenn {n} pou misyon an, lajan ki poko jwenn.',
    },
    detail: {
      en: 'The money would need approval at home before it could be spent.',
      fr: "Ces fonds devraient être approuvés sur le plan national avant d'être dépensés.",
      ht: 'Lajan sa a ta bezwen apwobasyon anndan peyi a anvan yo ka depanse l.',
    },
  },
  personnel: {
    kind: 'personnel',
    quantity: 'not stated',
    standing: 'announced',
    clause: { en: 'It has announced it will send personnel, without saying how many.', fr: "Il a annoncé l'envoi de personnel, sans préciser combien.", ht: 'Li anonse l ap voye pèsonèl, san li pa di konbyen.' },
    detail: { en: 'Whether police or soldiers is not yet decided.', fr: "Policiers ou militaires : ce n'est pas encore décidé.", ht: 'Polisye oswa sòlda: yo poko deside.' },
  },
};

/** Conditions a country can attach, each with the paragraph that states it. */
export const CONDITIONS: readonly (Words & { paragraph: number })[] = [
  {
    paragraph: 1,
    en: 'A UN Security Council resolution authorising the mission.',
    fr: "Une résolution du Conseil de sécurité de l'ONU autorisant la mission.",
    ht: 'Yon rezolisyon Konsèy Sekirite Nasyonzini ki otorize misyon an.',
  },
  { paragraph: 7, en: 'Clarity about who pays for the mission.', fr: 'Des précisions sur le financement de la mission.', ht: 'Klète sou fason y ap peye pou misyon an.' },
  { paragraph: 10, en: 'Knowing whether the force will be police or military.', fr: 'Savoir si la force sera policière ou militaire.', ht: 'Konnen si fòs la ap polis oswa militè.' },
  { paragraph: 26, en: "The lead nation's full list of needs.", fr: 'La liste complète des besoins du pays chef de file.', ht: 'Lis konplè bezwen peyi ki an tèt misyon an.' },
  { paragraph: 21, en: 'Backing from the wider region.', fr: 'Le soutien de la région au sens large.', ht: 'Sipò nan rejyon an an jeneral.' },
];

/** The opening of a country's summary, by status; {c} is the country's name. */
export const SUMMARY_OPENING: Record<Status, Words> = {
  'stated-in-public': {
    en: '{c} is among the countries the report names as willing to help a Kenya-led mission in Haiti, and it has said so in public.',
    fr: "L'article range {c} parmi les pays prêts à aider une mission dirigée par le Kenya en Haïti, et ce pays l'a dit publiquement.",
    ht: 'Repòtaj la mete {c} pami peyi ki pare pou ede yon misyon Kenya ta dirije an Ayiti, e peyi a di sa piblikman.',
  },
  'diplomatic-sources': {
    en: '{c} is among the countries the report names as willing to help a Kenya-led mission in Haiti, according to diplomatic sources who spoke to the Miami Herald.',
    fr: "L'article range {c} parmi les pays prêts à aider une mission dirigée par le Kenya en Haïti, selon des sources diplomatiques qui se sont confiées au Miami Herald.",
    ht: 'Repòtaj la mete {c} pami peyi ki pare pou ede yon misyon Kenya ta dirije an Ayiti, dapre sous diplomatik ki te pale ak Miami Herald.',
  },
  'under-discussion': {
    en: '{c} is named in the report as a possible contributor to a Kenya-led mission in Haiti, though its part is still under discussion.',
    fr: "L'article cite {c} comme contributeur possible à une mission dirigée par le Kenya en Haïti, même si sa participation est encore en discussion.",
    ht: 'Repòtaj la nonmen {c} kòm yon kontribitè posib nan yon misyon Kenya ta dirije an Ayiti, byen ke patisipasyon li toujou an diskisyon.',
  },
  'not-a-contributor': {
    en: '{c} is named in the report for its work with Washington on the draft resolution, not as a contributor to the force.',
    fr: "L'article cite {c} pour son travail avec Washington sur le projet de résolution, et non comme contributeur à la force.",
    ht: 'Repòtaj la nonmen {c} pou travay li ak Washington sou pwojè rezolisyon an, pa kòm yon kontribitè nan fòs la.',
  },
};

export const BACKER_OPENING: Words = {
  en: '{c} is named in the report as a backer of the mission rather than a source of personnel, and it has said so in public.',
  fr: "L'article présente {c} comme un soutien de la mission plutôt que comme un fournisseur de personnel, et ce pays l'a dit publiquement.",
  ht: 'Repòtaj la prezante {c} kòm yon sipòtè misyon an olye yon peyi k ap voye pèsonèl, e peyi a di sa piblikman.',
};

export const SUMMARY_NO_OFFER: Words = {
  en: 'The report states no offer from it, in numbers or in kind.',
  fr: "L'article ne précise aucune offre de sa part, ni en nombre ni en nature.",
  ht: 'Repòtaj la pa presize okenn òf li fè, ni an kantite ni an kalite.',
};
export const SUMMARY_CONDITIONS: Words = {
  en: 'The report ties its participation to conditions, listed below.',
  fr: "L'article lie sa participation à des conditions, détaillées ci-dessous.",
  ht: 'Repòtaj la mare patisipasyon li ak kondisyon, ou ap jwenn yo pi ba a.',
};
