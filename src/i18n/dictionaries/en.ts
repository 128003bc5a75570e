/**
 * Every interface string of the site in English: the original the other dictionaries translate.
 * Its shape is the `Dictionary` type, so a key missing from fr.ts or ht.ts fails the type check
 * (as Starlight does with its translation files). No component holds a sentence of its own.
 * Strings under `client` are templates with {placeholders}, since they travel to the browser as JSON.
 */
import type { Attribution, FilterKind, Qualifier, Role, Standing, Status, Unit } from '../../domain/vocabulary.ts';
import type { NamedCountry } from '../french-countries.ts';

const en_standing: Record<Standing, string> = {
  offered: 'offered',
  announced: 'announced',
  expected: 'expected',
  discussed: 'discussed, not described as an offer',
  considering: 'under consideration',
  'to-be-sought': 'to be sought, not yet secured',
  prepared: 'ready to be provided',
};

export const en = {
  site: {
    name: 'Haiti Mission Explained',
    tagline: 'Who is offering what to the Kenya-led security mission in Haiti',
    description: 'A sourced explainer of the countries offering to join a Kenya-led security mission against the gangs in Haiti, as reported by the Miami Herald on 26 September 2023.',
    skipLink: 'Skip to content',
    mainNav: 'Main',
    breadcrumb: 'Breadcrumb',
    home: 'Home',
    languages: 'Language',
  },
  nav: { map: 'Map', articles: 'Articles', countries: 'Countries', timeline: 'Timeline', people: 'People', glossary: 'Glossary', about: 'Sources', search: 'Search' },
  asOf: {
    reported: (date: string) => `As reported on ${date}.`,
    explain: 'This site explains one news report from that day. It does not track what happened afterwards.',
  },
  translation: {
    notice: 'This page is a translation of the English explainer of the Miami Herald report.',
    readOriginal: 'Read it in English',
  },
  footer: {
    basedOn: (title: string, author: string, outlet: string, date: string) => `Based on “${title}” by ${author}, ${outlet}, ${date}. Every figure is as of that date and cites the paragraph it rests on.`,
    about: 'Sources, method and corrections',
  },
  source: {
    label: 'Source',
    howWeNumber: 'how we number paragraphs',
    paragraphs: (list: string, count: number) => (count === 1 ? `paragraph ${list}` : `paragraphs ${list}`),
    and: 'and',
    citeLabel: (n: number) => `Source: paragraph ${n} of the report`,
    footnotes: 'Sources',
    backToReference: 'Back to reference',
    sectionLink: 'Link to this section',
    tableScroll: 'Table (scrolls sideways)',
    workedOut: '(worked out)',
    workedOutTitle: 'Worked out from the report’s date: see how',
  },
  status: {
    'stated-in-public': {
      label: 'Stated in public',
      meaning: 'The report describes the country’s part being stated in public: announced by its government, backed by a minister at a press conference, or named by US officials. It is not a final commitment: see the country’s conditions.',
    },
    'diplomatic-sources': {
      label: 'Reported by diplomatic sources',
      meaning: 'The Miami Herald learned of the country’s willingness from diplomatic sources. The report cites no announcement or press conference by its government.',
    },
    'under-discussion': {
      label: 'Under discussion',
      meaning: 'The report says the country is looking at taking part, or has discussed sending people, without an offer or commitment.',
    },
    'not-a-contributor': {
      label: 'Not named as a contributor',
      meaning: 'Named in the report with a part in the story (the country the mission would help, or co-author of the draft resolution), with no offer of help stated.',
    },
  } satisfies Record<Status, { label: string; meaning: string }>,
  role: {
    'lead-nation': 'Lead nation',
    contributor: 'Contributor',
    'possible-contributor': 'Possible contributor',
    backer: 'Co-author of the draft resolution; would work with Congress to secure funding',
    'co-drafter': 'Co-author of the draft resolution',
    host: 'The country the mission would help',
  } satisfies Record<Role, string>,
  kind: {
    police: 'Police',
    military: 'Military',
    'police-and-military': 'Police and military',
    personnel: 'Personnel (police or military not specified)',
    funding: 'Funding',
    equipment: 'Equipment',
    'enabling-support': 'Enabling support',
    'not-stated': 'Form of help not stated',
  } satisfies Record<FilterKind, string>,
  /** Said after every figure, so that a number never reads firmer than the report has it. */
  standing: en_standing,
  /** "up to 50 uniformed personnel": the qualifier and the counted thing around a formatted number. */
  quantity: (qualifier: Qualifier, unit: Unit, number: string) => {
    const before = { exact: '', 'up-to': 'up to ', 'at-least': 'at least ' }[qualifier];
    const after = { personnel: 'personnel', 'uniformed-personnel': 'uniformed personnel', 'police-officers-and-troops': 'police officers and troops', USD: '' }[unit];
    return `${before}${number}${after ? ` ${after}` : ''}`;
  },
  offers: {
    notStated: 'not stated in the report',
    condition: 'Condition',
    noneStated: 'None stated',
    hostNote: 'None stated: it is the country the mission would help.',
    notContributorNote: (role: string) => `None stated: its part in the report is as ${role.charAt(0).toLowerCase()}${role.slice(1)}.`,
    silentNote: 'The report does not state what form its help would take, or how much.',
    noConditions: (country: NamedCountry) => `No conditions stated: the report gives none for ${country.name}.`,
    noOtherConditions: 'No conditions stated beyond those on the offers above.',
    noConditionsShort: 'No conditions stated in the report.',
  },
  count: (helping: number, others: number) =>
    `${helping} ${helping === 1 ? 'country' : 'countries'} offering or weighing help${others ? `, and ${others} more named with another part` : ''}`,
  table: {
    country: 'Country',
    role: 'Role',
    people: 'People',
    money: 'Money',
    other: 'Other help',
    status: 'Status',
    paragraphs: 'Report paragraphs',
    showOnMap: 'Show on map',
  },
  home: {
    title: 'Who is offering to help Kenya take on Haiti’s gangs',
    standfirst: (date: string, count: string) =>
      `At least a dozen countries told the United States they would join a Kenya-led security mission in Haiti, pending a UN Security Council resolution, a Miami Herald report of ${date} says (paragraph 1). Counting every country the report names with a part in the mission, this site lists ${count}. Here is each one’s part: what it offered or weighed where the report says, how firm that was, and where every figure comes from.`,
    imageAlt: 'Who is offering to help Kenya take on Haiti’s gangs: a map of the countries offering help',
    takeaways: 'Key takeaways',
    everyCountry: 'Every country with a part in the mission',
    statusHelp: 'Status words are defined on',
    statusHelpLink: 'Sources & method',
    notStatedHelp: '“Not stated” means the report gives no figure; we do not guess one.',
    tableCaption: 'Countries named in the report with a part in the mission, their role, offer and status',
    /** Under the home page's table when it shows only the first of many countries. */
    tableShown: (shown: number, total: number) => `The first ${shown} of ${total} countries.`,
    tableAll: 'See every country',
    onTheMap: 'On the map',
    openMap: 'Open the full map',
    openMapAfter: 'to filter by kind of offer and status. Select a marker to open that country there.',
    compactMapLabel: 'Small map of the countries offering help; markers open the full map',
    readInOrder: 'Read the explainers in order',
    latest: 'Latest explainers',
  },
  articles: {
    title: 'All articles',
    description: 'Every explainer on the Kenya-led security mission in Haiti, in reading order.',
    intro: (date: string) => `Short explainers, each built on the Miami Herald report of ${date} and citing its paragraphs.`,
    pageTitle: (page: number, count: number) => `All articles, page ${page} of ${count}`,
  },
  /** The previous/next links under a list that runs over several pages. */
  pager: {
    label: 'Pages of articles',
    previous: 'Previous page',
    next: 'Next page',
    status: (page: number, count: number) => `Page ${page} of ${count}`,
  },
  article: {
    by: (author: string) => `By ${author}`,
    published: 'Published',
    updated: 'Updated',
    minutes: (n: number) => `${n} min read`,
    takeaways: 'Key takeaways',
    toc: 'In this article',
    countries: 'Countries in this article',
    next: 'Next:',
    imageAlt: (title: string) => `${title}: share card`,
  },
  country: {
    title: (country: NamedCountry) => `${country.name}: role and offer`,
    // Only the role's first letter is lowered ("Congress" keeps its capital), and an offer note that
    // already ends a sentence gets no second full stop.
    description: (country: NamedCountry, role: string, offers: string, date: string) =>
      `The Kenya-led mission in Haiti: ${country.name}, ${role.charAt(0).toLowerCase()}${role.slice(1)}. ${offers.replace(/\.$/, '')}. As reported on ${date}.`,
    role: 'Role',
    status: 'Status',
    asOf: 'As of',
    offers: (_country: NamedCountry) => 'What it offers',
    conditions: 'Conditions',
    onTheMap: 'On the map',
    seeOnMap: (country: NamedCountry) => `See ${country.name} on the full map`,
    compactMapLabel: (country: NamedCountry) => `Small map with ${country.name} highlighted among the other countries offering help`,
    articles: (country: NamedCountry) => `Articles that mention ${country.name}`,
    noArticles: (country: NamedCountry) => `No article discusses ${country.name} at length; see`,
    noArticlesLink: 'who is offering what',
    shareTitle: (country: NamedCountry) => `The Kenya-led mission in Haiti: ${country.name}`,
  },
  countries: {
    title: 'All countries',
    description: (date: string) => `Every country the Miami Herald report of ${date} names with a part in the mission, with its role, offer and status.`,
    intro: (count: string) => `Each country the report names with a part in the mission (${count}), its role and, where the report says, what it offered. Open a country for its conditions and sources; see`,
    statusLink: 'what each status means',
    caption: (date: string) => `Countries, roles, offers and status as of ${date}`,
  },
  map: {
    title: 'Map of the contributors',
    heading: 'Who is offering what, on a map',
    description: (date: string) => `Every country the report names with a part in the Kenya-led security mission in Haiti, on one map: each one’s part, what it offered or weighed where the report says, and how firm that was, as reported on ${date}.`,
    imageAlt: 'Share card: a world map marking each country the report names with a part in the Kenya-led mission',
    standfirst: (count: string) => `Counting every country the report names with a part in the mission: ${count}. A line joins each country offering or weighing help to Haiti. Choose a country on the map or in the list for its offer, conditions and sources.`,
    label: 'Map of the countries offering help to the Kenya-led mission in Haiti',
    listTitle: 'Every country, as a list',
    listIntro: 'The same information as the map, with a link to each country’s full record. Where the list can be sorted by people or money, countries with no figure in the report stay last.',
    listCaption: (date: string) => `Countries on the map, their offers and status as of ${date}`,
    dataTitle: 'Get the data',
    dataIntro: 'The records behind this map, with the source citation and as-of date:',
    spreadsheet: 'spreadsheet',
    basemap: 'Basemap: Natural Earth (public domain), through the world-atlas package.',
    embedTitle: 'Embed this map',
    embedLabel: 'Copy this code into your page:',
    shareTitle: 'Who is offering what: a map of the Kenya-led mission’s contributors',
    staticAlt: 'Static world map of the countries offering help, shaded by status, with lines to Haiti. The full list follows.',
    noScript: 'The interactive map needs JavaScript. The static map above and the list below show the same countries.',
    embedHeading: (site: string) => `Who is offering what: ${site}`,
    embedPageTitle: 'Contributor map (embed)',
    embedDescription: (date: string) => `Embeddable map of the countries offering help to the Kenya-led mission in Haiti, as reported on ${date}.`,
    iframeTitle: 'Map: countries offering help to the Kenya-led mission in Haiti',
    staticAltShort: 'Static world map of the countries offering help, shaded by status, with lines to Haiti.',
    fallbackNotice: 'The interactive map could not load, so this is a still picture of it.',
    fallbackFull: 'Every country is in the list below, with its offer and status.',
    fallbackListed: 'Every country is listed on',
    fallbackFullPage: 'the full map page',
    fallbackMapPage: 'the map page',
    keyboard: 'Keyboard:',
    keyboardHelp: 'Tab moves between countries, Enter or Space shows one, Escape closes it. On the map itself, arrow keys pan and + / − zoom.',
  },
  legend: {
    label: 'Map legend',
    destination: 'Haiti, the country the mission would help (dashed lines lead there)',
  },
  filters: {
    title: 'Filter the map and list',
    intro: 'Tick to show only matching countries; nothing ticked shows them all.',
    destination: (country: NamedCountry) => `${country.name}, the destination, always shows.`,
    kind: 'Kind of offer',
    personnelNote: '“Personnel” covers people offered, announced, discussed or considered where the report does not say, or the country has not decided, whether they are police or soldiers.',
    status: 'Status',
    clear: 'Clear filters',
  },
  share: {
    title: 'Share this page',
    native: 'Share…',
    copy: 'Copy link',
    newTab: '(opens in a new tab)',
    email: 'Email',
  },
  search: {
    title: 'Search',
    description: 'Search the explainers and country pages about the Kenya-led security mission in Haiti.',
    label: 'Search articles and countries',
    placeholder: 'For example: Belize, Kagame, funding',
    button: 'Search',
    noScript: 'Search needs JavaScript. Everything is also listed on',
    allArticles: 'All articles',
    allCountries: 'All countries',
    and: 'and',
  },
  timeline: {
    title: 'Timeline',
    description: (date: string) => `The events behind the Kenya-led mission to Haiti, dated as precisely as the Miami Herald report of ${date} allows.`,
    intro: 'Dates are as precise as the report makes them. Where it says “Friday” or “last week”, we work the date out from the report’s publication date and mark it:',
    introLink: 'how we work out dates',
    countries: 'Countries:',
    weekOf: (date: string) => `Week of ${date}`,
    around: (month: string) => `Around ${month}`,
    workedOut: (words: string) => `worked out from ${words} in the report`,
  },
  relativeDates: {
    friday: '“Friday”',
    monday: '“Monday”',
    weekend: '“over the weekend”',
    'last-week': '“last week”',
    'recent-weeks': '“in recent weeks”',
    'nearly-a-year': '“nearly a year” before the renewed call',
  },
  people: {
    title: 'Who’s who',
    description: 'The people named in the Miami Herald report on the Kenya-led mission to Haiti, and what each said or did.',
    intro: 'Everyone the report names, with their post at the time and their part in the story.',
    ourTranslation: 'our translation',
  },
  glossary: {
    title: 'Glossary',
    description: 'Plain-words background on the terms this explainer uses: the UN Security Council, a resolution, a multinational force and more. General background, not from the report.',
    label: 'General background, not from the report.',
    note: 'These short explanations help with the terms the articles use. They do not come from the Miami Herald report, so they carry no paragraph citation, and they say nothing about this story’s events. For what the report says, follow the citations in the articles; see',
    noteLink: 'how we handle background',
  },
  about: {
    title: 'Sources and method',
    description: 'Where every fact on this site comes from, how paragraphs are numbered, what each status means, and how to report an error.',
    sourceTitle: 'The source',
    sourceIntro: 'Everything this site says about the story comes from one news report:',
    ownWords: 'The facts and figures are the report’s; the words are ours. We quote people only briefly, in quotation marks, and name who said it. Where the report does not give a number or a detail, we write “not stated” rather than guess. We add no facts from elsewhere about the story, and do not cover events after the report’s date.',
    translationsTitle: 'Translations',
    translations: 'The French and Haitian Creole pages are our translations of the English explainer, reviewed like any article. Every figure, date and paragraph citation comes from the same records as in English; a check stops the site from being published if a translation cites other paragraphs or states a figure its paragraphs do not.',
    backgroundTitle: 'Background is kept apart',
    background: 'A reader may need to know what the UN Security Council is or what a resolution does. That is general background, not the report, so it lives in one place, the glossary, labelled as background, with no paragraph citation. Articles link to it instead of explaining a term again. Every sentence that cites a paragraph rests on that paragraph.',
    glossaryLink: 'Open the glossary',
    figuresTitle: 'Every figure is checked',
    figures: 'Before the site is built, a check reads every article, country record, timeline entry and profile. Each number, sum of money, percentage, month or date must appear in one of the report paragraphs that the sentence cites; if one does not, the site is not published until it is fixed. Figures are shown with the words that qualify them: “up to 50”, and whether the report describes a figure as offered, announced, expected, discussed, under consideration, or money still to be sought.',
    datesTitle: 'Dates we work out',
    datesIntro: (day: string) => `The report often dates events as “Friday”, “Monday”, “over the weekend” or “last week”. We turn these into calendar dates by counting back from the report’s date, ${day}:`,
    datesOurReading: 'The ranges for “in recent weeks” and “nearly a year” are our reading, wide on purpose: the report gives no exact date for those events, and neither do we.',
    datesMarked: 'A worked-out date is marked: in an article it links here; on the timeline it says which word of the report it comes from.',
    asOfTitle: (date: string) => `Every figure is as of ${date}`,
    asOf: 'Pledges, numbers and positions may have changed after this report. This site describes the situation as the report found it on that day and is not updated with later news.',
    numberingTitle: 'How we number the report’s paragraphs',
    numbering: 'Paragraph 1 is the first paragraph of news text (the one that opens with the dozen nations); the headline, byline, reading time and photo caption are not counted, and the counting stops at the report’s last paragraph, a quotation from Brian Nichols. The “Recommended Stories” that followed on the page are not part of the report.',
    paragraphCount: (n: number) => `The report has ${n} paragraphs on this count. Citations such as “paragraph 7” or a footnote point to them.`,
    statusesTitle: 'What each status means',
    kindsTitle: 'Kinds of offer',
    standingIntro: 'Beside every figure we say how firm the report makes it:',
    personnel: '“Personnel” is used where the report gives people without saying, or before the country has decided, whether they are police or soldiers. A country with no kind listed is one whose form of help the report does not state.',
    correctionsTitle: 'Report an error',
    corrections: 'If a sentence on this site does not match the report, tell us which page and sentence it is, and which paragraph of the report it should rest on.',
    correctionsLink: 'Report an error',
    correctionsFallback: 'Use the issue tracker of the repository this site is published from.',
    correctionsMade: 'Corrections are made in the content files, and an article’s “updated” date changes with them.',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Find the explainers, countries and timeline from here.',
    intro: 'There is no page at this address. It may have been mistyped, or the link may be out of date.',
    try: 'Try one of these',
    home: 'Home: every country and its offer',
  },
  og: { explainer: 'EXPLAINER', map: 'MAP', mapTitle: 'Who is offering what, on a map', asOf: (date: string) => `As reported ${date} · Source: Miami Herald`, joined: (count: string) => `${count}: each one’s part, on one map`, whatEach: (count: string) => `${count}: each one’s part, as reported` },
  /** Templates the browser fills in ({name}, {label}, {url}, {count}, {query}). */
  client: {
    mapLoadFailed: 'The interactive map could not load. The static map and the list below show the same countries.',
    basemapFailed: 'The country outlines could not be loaded. Markers, lines and the list below still work.',
    attribution: 'Basemap: Natural Earth',
    panelHintWithList: 'Choose a country on the map or in the list to see its offer, conditions and sources here.',
    panelHint: 'Choose a country on the map to see its offer, conditions and sources here.',
    selected: 'Now selected: {label} Details below the map.',
    closed: 'Closed details for {name}.',
    linkCopied: 'Link to {name} copied: {url}',
    copyThisLink: 'Copy this link to {name}: {url}',
    copyPrompt: 'Copy this link:',
    openOnMap: 'Open {name} on the full map. {label}',
    role: 'Role',
    status: 'Status',
    asOf: 'As of',
    offer: 'Offer',
    conditions: 'Conditions',
    noConditions: 'No conditions stated in the report.',
    source: 'Source: {source}.',
    fullRecord: 'Full record for {name}',
    readMore: 'Read more',
    copyCountryLink: 'Copy link to this country',
    close: 'Close',
    closeLabel: 'Close details for {name}',
    sortLabel: 'Sort the list',
    sort: 'Sort:',
    readingOrder: 'Reading order',
    shown: 'Showing {shown} of {total} countries',
    searching: 'Searching…',
    noResults: 'No results for “{query}”.',
    oneResult: '1 result for “{query}”.',
    results: '{count} results for “{query}”.',
    shareCopied: 'Link copied: {url}',
    shareCopiedButton: 'Link copied',
    shareCopy: 'Copy link',
    shareCopyFailed: 'Could not copy automatically. The link is {url}',
  },
  /**
   * Issue 14: an offer the report gives no figure for. Its standing is said of what the report
   * does state (an intent, a consideration, help it lists), never of the missing figure.
   */
  offerWithoutFigure: {
    offered: 'offered (no figure stated)',
    announced: 'intent to take part announced (no number stated)',
    expected: 'expected (no figure stated)',
    discussed: 'discussed, not described as an offer (no figure stated)',
    considering: 'under consideration (no number stated)',
    'to-be-sought': 'to be sought, not yet secured (no amount stated)',
    prepared: 'ready to be provided (the report lists what it includes, not its size)',
  } satisfies Record<Standing, string>,
  /** The chart of the offers at a glance (OfferChart.astro, src/shared/offer-chart.ts). */
  chart: {
    title: 'Who offered what, at a glance',
    intro: 'People each country offered or weighed sending, as the report words it. Bars start at zero.',
    unit: 'people',
    hedged: (qualifier: Qualifier, number: string) => ({ exact: number, 'up-to': `up to ${number}`, 'at-least': `at least ${number}` })[qualifier],
    keyCount: 'Solid: the figure given',
    keyCeiling: '“Up to”: a ceiling, not a count',
    keyLight: 'Pale: only discussed',
    money: 'Money, not people',
    noFigure: 'Also offering or weighing help, no figure given:',
    source: (outlet: string, date: string) => `Source: ${outlet}, ${date}. ¶ = the report paragraph that gives the figure.`,
    sourceShort: (outlet: string, date: string) => `Source: ${outlet}, ${date} (¶ = paragraph).`,
    allCountries: 'Every country, with its conditions',
  },
  /** The compact header and its notices (SiteHeader, AsOfNotice, TranslationNotice). */
  header: {
    menu: 'Menu',
    translated: 'Translated from English.',
  },
  /** The article's own dates kept apart from the report's (ArticleByline.astro). */
  dates: {
    written: 'Explainer written',
    updated: 'updated',
    report: (outlet: string) => `About the ${outlet} report of`,
  },
  /** Search with no result (search.astro). */
  searchSuggest: {
    noMatch: 'Nothing matched. Every country the report names, with its offer, is on one page:',
  },
  /** Offline reading (issue 17): the save button, the offline page and the update notice. {…} are filled in the browser. */
  offline: {
    saveTitle: 'Read without a connection',
    saveIntro: 'Download this language’s articles, country pages and map once, to read them later with no connection. Nothing is downloaded until you press the button.',
    saveButton: (kb: string) => `Save for offline reading (about ${kb} KB)`,
    saveDataAsk: 'Data saver is on. Download about {kb} KB anyway?',
    saveDataYes: 'Yes, download',
    progress: 'Saving: {done} of {total} files ({kb} of {totalKb} KB)',
    saved: 'Saved on this device: {total} files, about {totalKb} KB. You can read them with no connection.',
    alreadySaved: 'This language is saved on this device: you can read it with no connection.',
    failed: 'Saving stopped, perhaps the connection dropped. Press the button again to carry on: what is saved stays saved.',
    outdated: 'A newer version of the site is out. Reload the page, then save again.',
    updated: 'This site has been updated since your last visit: you are reading the newest version, with any corrections.',
    updatedElsewhere: 'A newer version of this site has been loaded. Reload this page to read it.',
    reload: 'Reload',
    pageTitle: 'You are offline',
    pageDescription: 'This page is shown when there is no connection and the page asked for is not saved on this device.',
    pageIntro: 'There is no connection, and this page is not saved on this device:',
    savedHeading: 'Saved on this device',
    savedIntro: 'These pages can be read now:',
    nothingSaved: 'Nothing in this language is saved on this device yet. Once you are back online, the button “Save for offline reading” at the bottom of every page saves the whole site in this language.',
    checking: 'Looking for saved pages…',
  },
  /** The embeddable map and its code for other sites. */
  embed: {
    credit: (outlet: string, author: string, date: string) => `Source: ${outlet}, report by ${author}, ${date}.`,
    creditLink: (site: string) => `Map and full explainer: ${site}`,
    copyButton: 'Copy embed code',
    copied: 'Embed code copied. Paste it into your page’s HTML.',
    copyFailed: 'Could not copy automatically: select the code above and copy it.',
    codeHelp: 'The first line is the map. The second, optional, makes the frame exactly as tall as the map and its legend; without it the frame keeps a fixed shape.',
    preview: 'Preview',
    previewNote: 'The embedded map as a reader will see it, at the width of this column.',
  },
  /** What a share to a chat app says: the key figure with its standing, short enough for a preview. */
  shareText: {
    figure: (name: string, amount: string) => `${name}: ${amount}`,
    conditions: 'with conditions',
    noFigure: 'no figure given in the report',
    more: (count: number) => (count === 1 ? '1 more offer' : `${count} more offers`),
  /**
   * Review of issue 14: who a figure rests on, where the report gives it on one source's word. The
   * attribution goes into the standing, after its first word: "discussed, one source said; not
   * described as an offer".
   */
  },
  attribution: {
    'one-source': (label: string) => (label.includes(', ') ? label.replace(', ', ', one source said; ') : `${label}, one source said`),
  } satisfies Record<Attribution, (label: string) => string>,
  /** Review of issue 14: what a page description says of a country the report names with no offer (its role already says why). */
  countryDescription: {
    noOfferStated: 'The report states no offer of help from it.',
  },
  /** Review of issue 14: an undated timeline entry is placed by the report's vague words, not "worked out" from them. */
  timelinePlacement: {
    placedBy: (words: string) => `placed by ${words}`,
  },
  /** Review of issue 14: under the home page's takeaways, where they come from (they carry no citation of their own). */
  homeTakeaways: {
    from: 'From the explainer',
    after: ', where every sentence cites its paragraph of the report.',
  },
  /** The contributor map's own words: gesture hints, figure labels and the size key (issue 16). */
  mapLabels: {
    twoFingers: 'Use two fingers to move the map',
    ctrlScroll: 'Use Ctrl + scroll to zoom the map',
    metaScroll: 'Use ⌘ + scroll to zoom the map',
    /** A figure on the map: "up to 500", "1,000", "US$100 million". */
    figure: (qualifier: Qualifier, number: string) => `${{ exact: '', 'up-to': 'up to ', 'at-least': 'at least ' }[qualifier]}${number}`,
    /** How firm a figure is, in a word or two under its label on the map. */
    standing: {
      offered: 'offered',
      announced: 'announced',
      expected: 'expected',
      discussed: 'discussed',
      considering: 'under consideration',
      'to-be-sought': 'to be sought',
      prepared: 'ready to be provided',
    } satisfies Record<Standing, string>,
    sizeKey: 'Circle area: personnel (dashed edge: “up to”, a ceiling). Money is written, not drawn.',
  },
  /**
   * Issue 18: whole messages, so that French and Kreyòl can agree each one with its figure, unit
   * and country, and nothing English is left on their pages.
   */
  wholeMessages: {
    /** How firm a figure is, agreed with what it counts (in French, "150 personnes (annoncées)"). */
    standingAgreed: (_unit: Unit, standing: Standing) => en_standing[standing],
    /** The share card's alt text on a country page. */
    countryImageAlt: (country: NamedCountry, offers: string, status: string) =>
      `${country.name.charAt(0).toUpperCase()}${country.name.slice(1)}: ${offers.replace(/\.$/, '')}. ${status.replace(/\.$/, '')}.`,
    /** A speaker's English words, translated beside them (shown only on translated pages). */
    quoteTranslated: (text: string) => `(“${text}”, our translation)`,
    /** Whether a translated quotation leads with the translation, the original after it (Kreyòl press), or the other way round. */
    quoteTranslationFirst: false as boolean,
    /** The words before the original when it follows the translation: "(in English: …)". */
    quoteInEnglish: 'in English',
    /** The timeline's note on a date we worked out, after a label that may already end in a bracket. */
    whenWithNote: (when: string, note: string) => (when.endsWith(')') ? `${when.slice(0, -1)}; ${note})` : `${when} (${note})`),
    /** The citation line of the data files and the map's panel. */
    sourceLine: (outlet: string, author: string, title: string, paragraphs: string) => `${outlet}, ${author}, “${title}”, ${paragraphs}`,
    /** The byline of the site's own explainers, whose content gives the desk's English name. */
    desk: 'Explainer desk',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    /** A map marker's label, filled in the browser ({name}, {offer}, {status}). */
    markerLabel: '{name}: {offer}. {status}.',
    /** A label's colon in text the browser writes ("Police: …"): French spacing in French and Kreyòl. */
    colon: ': ',
    /** Between two offers in text the browser writes (a marker's label): French spacing in French. */
    semicolon: '; ',
    /** The `note` of /data/countries.json. */
    dataNote:
      'Figures are as reported on the as-of date and are not updated. Every figure comes with its qualifier (exact, up-to, at-least) and its standing (offered, announced, expected, discussed, considering, to-be-sought, prepared): read "up-to 500, discussed" as "up to 500 had been discussed", never as 500 offered. An offer with quantity null is one the report gives no figure for. Paragraph numbers count the report’s news paragraphs from 1.',
    /** The spreadsheet's header row, in column order (see src/shared/map/export.ts). */
    csvColumns: {
      id: 'id',
      name: 'name',
      iso3: 'iso3',
      role: 'role',
      status: 'status',
      offers: 'offers',
      people: 'people',
      qualifier: (column: string) => `${column}_qualifier`,
      standing: (column: string) => `${column}_standing`,
      unit: (column: string) => `${column}_unit`,
      money: 'money_usd',
      conditions: 'conditions',
      latitude: 'latitude',
      longitude: 'longitude',
      asOf: 'as_of',
      paragraphs: 'source_paragraphs',
      source: 'source',
    },
    /** The spreadsheet's coded values: how to read a figure, and what it counts. */
    qualifier: { exact: 'exact', 'up-to': 'up-to', 'at-least': 'at-least' } satisfies Record<Qualifier, string>,
    standing: { offered: 'offered', announced: 'announced', expected: 'expected', discussed: 'discussed', considering: 'considering', 'to-be-sought': 'to-be-sought', prepared: 'prepared' } satisfies Record<Standing, string>,
    unit: { personnel: 'personnel', 'uniformed-personnel': 'uniformed-personnel', 'police-officers-and-troops': 'police-officers-and-troops', USD: 'USD' } satisfies Record<Unit, string>,
  },
};

/** The shape every language fills: the same keys, strings for strings, functions for functions. */
type Widen<T> = T extends string ? string : T extends (...args: infer A) => string ? (...args: A) => string : { [K in keyof T]: Widen<T[K]> };
export type Dictionary = Widen<typeof en>;
export type ClientStrings = Dictionary['client'];
