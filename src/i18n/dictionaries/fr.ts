/**
 * Every interface string of the site in French, translated from en.ts (same keys, same shape).
 * "The report" (the Miami Herald piece) is « l’article »; the site’s own explainers are always
 * « décryptages », never « articles », so the two are never confused. French names countries with an
 * article (le Belize, les Bahamas): every message with a country takes the country itself and
 * builds its article, preposition and agreement from the table in src/i18n/french-countries.ts. A role is lower-cased on its first letter only, so "Congrès" keeps
 * its capital.
 */
import type { Standing, Unit } from '../../domain/vocabulary.ts';
import type { Dictionary } from './en.ts';
import { agree, frenchCountry, ofName, TheName, theName, toName, verb, type NamedCountry } from '../french-countries.ts';

/** A standing agreed with what its figure counts: "150 personnes (annoncées)", "100 millions de dollars (à obtenir, pas encore acquis)". */
function standingAgreed(standing: Standing, unit: Unit): string {
  // Every counted thing is plural; only "personnes" is feminine.
  const f = unit === 'personnel';
  const e = (masculine: string, feminine: string) => (f ? feminine : masculine);
  return {
    offered: e('proposés', 'proposées'),
    announced: e('annoncés', 'annoncées'),
    expected: e('attendus', 'attendues'),
    discussed: e('évoqués, pas présentés comme une offre', 'évoquées, pas présentées comme une offre'),
    considering: "à l’étude",
    'to-be-sought': e('à obtenir, pas encore acquis', 'à obtenir, pas encore acquises'),
    prepared: e('prêts à être fournis', 'prêtes à être fournies'),
  }[standing];
}

/** A count the dictionary builds, in words under ten as French news copy writes it (« deux autres »); 10 and above in figures. */
function underTen(n: number): string {
  return ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'][n] ?? String(n);
}

export const fr: Dictionary = {
  site: {
    name: 'Haïti, la mission expliquée',
    tagline: 'Qui propose quoi à la mission de sécurité dirigée par le Kenya en Haïti',
    description: "Un décryptage sourcé des pays qui proposent de rejoindre une mission de sécurité dirigée par le Kenya contre les gangs en Haïti, d’après l’article du Miami Herald du 26 septembre 2023.",
    skipLink: 'Aller au contenu',
    mainNav: 'Navigation principale',
    breadcrumb: "Fil d’Ariane",
    home: 'Accueil',
    languages: 'Langue',
  },
  nav: { map: 'Carte', articles: 'Décryptages', countries: 'Pays', timeline: 'Chronologie', people: 'Personnalités', glossary: 'Glossaire', about: 'Sources', search: 'Recherche' },
  asOf: {
    reported: (date: string) => `D’après l’article du ${date}.`,
    explain: "Ce site explique un article de presse paru ce jour-là. Il ne suit pas ce qui s’est passé ensuite.",
  },
  translation: {
    notice: "Cette page est une traduction du décryptage en anglais de l’article du Miami Herald.",
    readOriginal: 'Lire en anglais',
  },
  footer: {
    basedOn: (title: string, author: string, outlet: string, date: string) =>
      `D’après « ${title} », par ${author}, ${outlet}, ${date}. Chaque chiffre est donné à cette date et renvoie au paragraphe sur lequel il repose.`,
    about: 'Sources, méthode et corrections',
  },
  source: {
    label: 'Source',
    howWeNumber: 'comment nous numérotons les paragraphes',
    paragraphs: (list: string, count: number) => (count === 1 ? `paragraphe ${list}` : `paragraphes ${list}`),
    and: 'et',
    citeLabel: (n: number) => `Source : paragraphe ${n} de l’article`,
    footnotes: 'Sources',
    backToReference: "Retour à l’appel de note",
    sectionLink: 'Lien vers cette section',
    tableScroll: 'Tableau (défilement horizontal)',
    workedOut: '(date déduite)',
    workedOutTitle: "Date calculée à partir de la date de l’article : voir comment",
  },
  status: {
    'stated-in-public': {
      // Status labels are nouns or phrases that need no agreement: they follow any country (« Statut : … »).
      label: 'Déclaration publique',
      meaning:
        "L’article indique que la participation du pays a été déclarée publiquement : annoncée par son gouvernement, soutenue par un ministre lors d’une conférence de presse ou citée par des responsables américains. Ce n’est pas un engagement définitif : voir les conditions posées par le pays.",
    },
    'diplomatic-sources': {
      label: 'De sources diplomatiques',
      meaning: "Le Miami Herald a appris par des sources diplomatiques que le pays était disposé à participer. L’article ne cite ni annonce ni conférence de presse de son gouvernement.",
    },
    'under-discussion': {
      label: 'En discussion',
      meaning: "Selon l’article, le pays envisage de participer, ou a évoqué l’envoi de personnel, sans offre ni engagement.",
    },
    'not-a-contributor': {
      label: 'Sans rôle de contributeur',
      meaning: "Cité dans l’article pour un rôle dans cette affaire (le pays que la mission aiderait, ou un pays coauteur du projet de résolution), sans qu’aucune offre d’aide soit mentionnée.",
    },
  },
  role: {
    'lead-nation': 'Pays chef de file',
    // A role follows the country’s name (« les Bahamas, pays contributeur »): « pays » agrees with any country.
    contributor: 'Pays contributeur',
    'possible-contributor': 'Pays contributeur possible',
    backer: 'Pays coauteur du projet de résolution, dont le gouvernement a annoncé qu’il travaillerait avec le Congrès pour obtenir des financements',
    'co-drafter': 'Pays coauteur du projet de résolution',
    host: 'Pays que la mission aiderait',
  },
  kind: {
    police: 'Policiers',
    military: 'Militaires',
    'police-and-military': 'Policiers et militaires',
    personnel: 'Personnel (policiers ou militaires, non précisé)',
    funding: 'Financement',
    equipment: 'Matériel',
    'enabling-support': 'Appui logistique et opérationnel',
    'not-stated': "Forme de l’aide non précisée",
  },
  /** Said after every figure, so that a number never reads firmer than the report has it. */
  standing: {
    offered: 'proposé',
    announced: 'annoncé',
    expected: 'attendu',
    discussed: 'évoqué, pas présenté comme une offre',
    considering: "à l’étude",
    'to-be-sought': 'à obtenir, pas encore acquis',
    prepared: 'prêt à être fourni',
  },
  /** "jusqu’à 50 membres du personnel en tenue": the qualifier and the counted thing around a formatted number. */
  quantity: (qualifier, unit, number) => {
    const before = { exact: '', 'up-to': "jusqu’à ", 'at-least': 'au moins ' }[qualifier];
    const after = { personnel: 'personnes', 'uniformed-personnel': 'membres du personnel en tenue', 'police-officers-and-troops': 'policiers et militaires', USD: '' }[unit];
    return `${before}${number}${after ? ` ${after}` : ''}`;
  },
  offers: {
    notStated: "non précisé dans l’article",
    condition: 'Condition',
    noneStated: 'Aucune mention',
    hostNote: "Aucune offre mentionnée : c’est le pays que la mission aiderait.",
    notContributorNote: (role: string) => `Aucune offre mentionnée : dans l’article, son rôle est celui de ${role.charAt(0).toLowerCase()}${role.slice(1)}.`,
    silentNote: "L’article ne précise ni la forme que prendrait son aide, ni son ampleur.",
    noConditions: (country: NamedCountry) => `Aucune condition mentionnée : l’article n’en indique aucune pour ${theName(frenchCountry(country))}.`,
    noOtherConditions: 'Aucune condition mentionnée en dehors de celles qui portent sur les offres ci-dessus.',
    noConditionsShort: "Aucune condition mentionnée dans l’article.",
  },
  // Numbers under ten in words (« et deux autres »), as French news copy writes a count it builds.
  count: (helping: number, others: number) =>
    `${underTen(helping)} pays qui ${helping < 2 ? 'offre ou envisage' : 'offrent ou envisagent'} une aide${others ? `, et ${underTen(others)} ${others < 2 ? 'autre cité' : 'autres cités'} pour un autre rôle` : ''}`,
  table: {
    country: 'Pays',
    role: 'Rôle',
    people: 'Effectifs',
    money: 'Argent',
    other: 'Autre aide',
    status: 'Statut',
    paragraphs: "Paragraphes de l’article",
    showOnMap: 'Voir sur la carte',
  },
  home: {
    title: "Qui propose d’aider le Kenya à affronter les gangs haïtiens",
    standfirst: (date: string, count: string) =>
      `Au moins une douzaine de pays ont dit aux États-Unis qu’ils rejoindraient une mission de sécurité dirigée par le Kenya en Haïti, dans l’attente d’une résolution du Conseil de sécurité de l’ONU, selon un article du Miami Herald du ${date} (paragraphe 1). En comptant tous les pays que l’article cite comme ayant un rôle dans la mission, ce site recense ${count}. Voici le rôle de chacun : ce qu’il a proposé ou envisagé quand l’article le précise, avec quel degré de fermeté, et d’où vient chaque chiffre.`,
    imageAlt: "Qui propose d’aider le Kenya à affronter les gangs haïtiens : carte des pays qui proposent leur aide",
    takeaways: 'À retenir',
    everyCountry: 'Tous les pays qui ont un rôle dans la mission',
    statusHelp: 'Le sens de chaque statut est expliqué dans nos',
    statusHelpLink: 'notes de méthode',
    notStatedHelp: "« Non précisé » signifie que l’article ne donne aucun chiffre ; nous ne cherchons pas à le deviner.",
    tableCaption: "Pays cités dans l’article comme ayant un rôle dans la mission, avec leur rôle, leur offre et leur statut",
    tableShown: (shown: number, total: number) => `Les ${shown} premiers pays sur ${total}.`,
    tableAll: 'Voir tous les pays',
    onTheMap: 'Sur la carte',
    openMap: 'Ouvrir la carte complète',
    openMapAfter: "pour filtrer par type d’offre et par statut. Sélectionnez un marqueur pour y ouvrir la fiche du pays.",
    compactMapLabel: 'Petite carte des pays qui proposent leur aide ; les marqueurs ouvrent la carte complète',
    readInOrder: "Lire les décryptages dans l’ordre",
    latest: 'Nos derniers décryptages',
  },
  articles: {
    title: 'Tous les décryptages',
    description: "Tous nos décryptages sur la mission de sécurité dirigée par le Kenya en Haïti, dans l’ordre de lecture.",
    intro: (date: string) => `De courts décryptages, chacun fondé sur l’article du Miami Herald du ${date} et citant ses paragraphes.`,
    pageTitle: (page: number, count: number) => `Tous les décryptages, page ${page} sur ${count}`,
  },
  pager: {
    label: 'Pages des décryptages',
    previous: 'Page précédente',
    next: 'Page suivante',
    status: (page: number, count: number) => `Page ${page} sur ${count}`,
  },
  article: {
    // "Par le service Décryptage": a name that opens with an article takes it in lower case after "Par".
    by: (author: string) => `Par ${author.replace(/^(Le|La|Les) /, (article) => article.toLowerCase())}`,
    published: 'Publié le',
    updated: 'Mis à jour le',
    minutes: (n: number) => `${n} min de lecture`,
    takeaways: 'À retenir',
    toc: 'Dans ce décryptage',
    countries: 'Pays cités dans ce décryptage',
    next: 'À suivre :',
    imageAlt: (title: string) => `${title} : visuel de partage`,
  },
  country: {
    // Haïti offers nothing: it is the country the mission would help, and its page says so in its title.
    title: (country: NamedCountry) => (country.iso3 === 'HTI' ? 'Haïti, le pays que la mission aiderait' : `Le rôle et l’offre ${ofName(frenchCountry(country))}`),
    description: (country: NamedCountry, role: string, offers: string, date: string) =>
      `La mission dirigée par le Kenya en Haïti : ${theName(frenchCountry(country))}, ${role.charAt(0).toLowerCase()}${role.slice(1)}. ${offers.replace(/\.$/, '')}. D’après l’article du ${date}.`,
    role: 'Rôle',
    status: 'Statut',
    asOf: 'Date de référence',
    offers: (country: NamedCountry) => {
      const c = frenchCountry(country);
      return `Ce que ${verb(c, 'propose', 'proposent')} ${theName(c)}`;
    },
    conditions: 'Conditions',
    onTheMap: 'Sur la carte',
    seeOnMap: (country: NamedCountry) => `Voir ${theName(frenchCountry(country))} sur la carte complète`,
    compactMapLabel: (country: NamedCountry) => {
      const c = frenchCountry(country);
      return `Petite carte des pays qui proposent leur aide, où ${theName(c)} ${verb(c, 'est', 'sont')} ${agree(c, 'mis', 'mise')} en évidence`;
    },
    articles: (country: NamedCountry) => `Nos décryptages sur ${theName(frenchCountry(country))}`,
    noArticles: (country: NamedCountry) => `Aucun de nos décryptages n’est consacré en détail ${toName(frenchCountry(country))} ; voir notre décryptage sur`,
    noArticlesLink: 'les offres de chaque pays',
    shareTitle: (country: NamedCountry) => `La mission dirigée par le Kenya en Haïti : ${theName(frenchCountry(country))}`,
  },
  countries: {
    title: 'Tous les pays',
    description: (date: string) => `Tous les pays que l’article du Miami Herald du ${date} cite comme ayant un rôle dans la mission, avec leur rôle, leur offre et leur statut.`,
    intro: (count: string) =>
      `Chaque pays que l’article cite comme ayant un rôle dans la mission (${count}), son rôle et, quand l’article le précise, ce qu’il a proposé. Ouvrez la fiche d’un pays pour voir ses conditions et ses sources ; voir`,
    statusLink: 'ce que signifie chaque statut',
    caption: (date: string) => `Pays, rôles, offres et statut au ${date}`,
  },
  map: {
    title: 'Carte des contributeurs',
    heading: 'Qui propose quoi, sur une carte',
    description: (date: string) =>
      `Tous les pays que l’article cite comme ayant un rôle dans la mission de sécurité dirigée par le Kenya en Haïti, sur une seule carte : le rôle de chacun, ce qu’il a proposé ou envisagé quand l’article le précise, et avec quel degré de fermeté, d’après l’article du ${date}.`,
    imageAlt: "Image de partage : une carte du monde où figure chaque pays que l’article cite comme ayant un rôle dans la mission dirigée par le Kenya",
    standfirst: (count: string) =>
      `En comptant tous les pays que l’article cite comme ayant un rôle dans la mission : ${count}. Une ligne relie à Haïti chaque pays qui propose ou envisage une aide. Choisissez un pays sur la carte ou dans la liste pour voir son offre, ses conditions et ses sources.`,
    label: 'Carte des pays qui proposent leur aide à la mission dirigée par le Kenya en Haïti',
    listTitle: 'Tous les pays, sous forme de liste',
    listIntro:
      "Les mêmes informations que sur la carte, avec un lien vers la fiche complète de chaque pays. Quand la liste peut être triée par effectifs ou par montant, les pays pour lesquels l’article ne donne aucun chiffre restent en dernier.",
    listCaption: (date: string) => `Pays figurant sur la carte, leurs offres et leur statut au ${date}`,
    dataTitle: 'Obtenir les données',
    dataIntro: 'Les données sur lesquelles repose cette carte, avec la référence de la source et la date à laquelle elles se rapportent :',
    spreadsheet: 'feuille de calcul',
    basemap: 'Fond de carte : Natural Earth (domaine public), via le paquet world-atlas.',
    embedTitle: 'Intégrer cette carte',
    embedLabel: 'Copiez ce code dans votre page :',
    shareTitle: 'Qui propose quoi : carte des contributeurs de la mission dirigée par le Kenya',
    staticAlt: 'Carte fixe des pays qui proposent leur aide, colorés selon leur statut, avec des lignes vers Haïti. La liste complète suit.',
    noScript: 'La carte interactive nécessite JavaScript. La carte fixe ci-dessus et la liste ci-dessous présentent les mêmes pays.',
    embedHeading: (site: string) => `Qui propose quoi : ${site}`,
    embedPageTitle: 'Carte des contributeurs (intégration)',
    embedDescription: (date: string) => `Carte intégrable des pays qui proposent leur aide à la mission dirigée par le Kenya en Haïti, d’après l’article du ${date}.`,
    iframeTitle: 'Carte : pays qui proposent leur aide à la mission dirigée par le Kenya en Haïti',
    staticAltShort: 'Carte fixe des pays qui proposent leur aide, colorés selon leur statut, avec des lignes vers Haïti.',
    fallbackNotice: "La carte interactive n’a pas pu se charger : voici une image fixe de la carte.",
    fallbackFull: 'Chaque pays figure dans la liste ci-dessous, avec son offre et son statut.',
    fallbackListed: 'Chaque pays est présenté sur',
    fallbackFullPage: 'la page de la carte complète',
    fallbackMapPage: 'la page de la carte',
    keyboard: 'Clavier :',
    keyboardHelp: "Tab passe d’un pays à l’autre, Entrée ou Espace en affiche un, Échap le referme. Sur la carte elle-même, les flèches déplacent la vue, + et − zooment.",
  },
  legend: {
    label: 'Légende de la carte',
    destination: 'Haïti, le pays que la mission aiderait (les lignes en pointillé y mènent)',
  },
  filters: {
    title: 'Filtrer la carte et la liste',
    intro: "Cochez pour n’afficher que les pays correspondants ; si rien n’est coché, tous sont affichés.",
    destination: (country: NamedCountry) => {
      const c = frenchCountry(country);
      return `${TheName(c)}, destination de la mission, ${verb(c, 'reste', 'restent')} toujours ${agree(c, 'affiché', 'affichée')}.`;
    },
    kind: "Type d’offre",
    personnelNote: "« Personnel » regroupe les effectifs proposés, annoncés, évoqués ou envisagés dont l’article ne précise pas s’il s’agit de policiers ou de militaires, ou pour lesquels le pays n’a pas encore tranché.",
    status: 'Statut',
    clear: 'Effacer les filtres',
  },
  share: {
    title: 'Partager cette page',
    native: 'Partager…',
    copy: 'Copier le lien',
    newTab: "(s’ouvre dans un nouvel onglet)",
    email: 'E-mail',
  },
  search: {
    title: 'Recherche',
    description: 'Rechercher dans les décryptages et les fiches pays consacrés à la mission de sécurité dirigée par le Kenya en Haïti.',
    label: 'Rechercher dans les décryptages et les pays',
    placeholder: 'Par exemple : Belize, Kagame, financement',
    button: 'Rechercher',
    noScript: 'La recherche nécessite JavaScript. Tout le contenu est aussi répertorié dans la liste de nos',
    allArticles: 'décryptages',
    allCountries: 'pays',
    and: 'et dans celle des',
  },
  timeline: {
    title: 'Chronologie',
    description: (date: string) => `Les événements à l’origine de la mission dirigée par le Kenya en Haïti, datés aussi précisément que le permet l’article du Miami Herald du ${date}.`,
    intro:
      "Les dates sont aussi précises que l’article le permet. Lorsqu’il dit « vendredi » ou « la semaine dernière », nous déduisons la date à partir de la date de publication de l’article et le signalons ; voir",
    introLink: 'comment nous déduisons les dates',
    countries: 'Pays :',
    weekOf: (date: string) => `Semaine du ${date}`,
    around: (month: string) => `Vers ${month}`,
    workedOut: (words: string) => `date déduite de ${words} dans l’article`,
  },
  relativeDates: {
    friday: '« vendredi »',
    monday: '« lundi »',
    weekend: '« pendant le week-end »',
    'last-week': '« la semaine dernière »',
    'recent-weeks': '« ces dernières semaines »',
    'nearly-a-year': "« près d’un an » avant le nouvel appel",
  },
  people: {
    title: 'Qui est qui',
    description: "Les personnes citées dans l’article du Miami Herald sur la mission dirigée par le Kenya en Haïti, et ce que chacune a dit ou fait.",
    intro: "Toutes les personnes que cite l’article, avec leur fonction à l’époque et leur rôle dans l’affaire.",
    ourTranslation: 'notre traduction',
  },
  glossary: {
    title: 'Glossaire',
    description:
      "Des explications simples sur les termes qu’emploie ce décryptage : le Conseil de sécurité de l’ONU, une résolution, une force multinationale, etc. Contexte général, qui ne provient pas de l’article.",
    label: "Contexte général, qui ne provient pas de l’article.",
    note: "Ces courtes explications éclairent les termes employés dans nos décryptages. Elles ne proviennent pas de l’article du Miami Herald : elles ne renvoient donc à aucun paragraphe et ne disent rien des événements de cette affaire. Pour savoir ce que dit l’article, suivez les renvois dans nos décryptages ; voir",
    noteLink: 'comment nous traitons le contexte',
  },
  about: {
    title: 'Sources et méthode',
    description: "D’où vient chaque fait présenté sur ce site, comment les paragraphes sont numérotés, ce que signifie chaque statut et comment signaler une erreur.",
    sourceTitle: 'La source',
    sourceIntro: "Tout ce que ce site dit de cette affaire provient d’un seul article de presse :",
    ownWords:
      "Les faits et les chiffres sont ceux de l’article ; les mots sont les nôtres. Nous ne citons les personnes que brièvement, entre guillemets, en indiquant qui parle. Quand l’article ne donne pas un chiffre ou un détail, nous écrivons « non précisé » plutôt que de le deviner. Nous n’ajoutons aucun fait venu d’ailleurs sur cette affaire et ne couvrons pas les événements postérieurs à la date de l’article.",
    translationsTitle: 'Traductions',
    translations:
      "Les pages en français et en créole haïtien sont nos traductions du décryptage en anglais, relues comme n’importe lequel de nos décryptages. Chaque chiffre, chaque date et chaque renvoi à un paragraphe proviennent des mêmes données qu’en anglais ; un contrôle empêche la publication du site si une traduction cite d’autres paragraphes ou avance un chiffre que ses paragraphes ne contiennent pas.",
    backgroundTitle: 'Le contexte est tenu à part',
    background:
      "Un lecteur peut avoir besoin de savoir ce qu’est le Conseil de sécurité de l’ONU ou à quoi sert une résolution. Il s’agit là d’un contexte général, pas de l’article ; il est donc regroupé en un seul endroit, le glossaire, signalé comme contexte, sans renvoi à un paragraphe. Nos décryptages y renvoient au lieu de réexpliquer un terme. Chaque phrase qui cite un paragraphe repose sur ce paragraphe.",
    glossaryLink: 'Ouvrir le glossaire',
    figuresTitle: 'Chaque chiffre est vérifié',
    figures:
      "Avant chaque mise en ligne, un contrôle relit chacun de nos décryptages, chaque fiche pays, chaque entrée de la chronologie et chaque portrait. Chaque nombre, somme d’argent, pourcentage, mois ou date doit figurer dans l’un des paragraphes de l’article que cite la phrase ; sinon, le site n’est pas publié tant que ce n’est pas corrigé. Chaque chiffre est présenté avec les mots qui le nuancent (« jusqu’à 50 ») et avec le qualificatif que lui donne l’article : proposé, annoncé, attendu, évoqué, à l’étude ou, pour une somme, à obtenir.",
    datesTitle: 'Les dates que nous déduisons',
    datesIntro: (day: string) =>
      `L’article date souvent les événements par « vendredi », « lundi », « pendant le week-end » ou « la semaine dernière ». Nous les convertissons en dates du calendrier en remontant à partir de la date de l’article, le ${day} :`,
    datesOurReading:
      "Les périodes retenues pour « ces dernières semaines » et « près d’un an » sont notre lecture, volontairement larges : l’article ne donne pas de date exacte pour ces événements, et nous non plus.",
    datesMarked: "Une date déduite est signalée : dans nos décryptages, elle renvoie ici ; dans la chronologie, il est indiqué de quel mot de l’article elle provient.",
    asOfTitle: (date: string) => `Tous les chiffres sont arrêtés au ${date}`,
    asOf: "Les engagements, les chiffres et les positions ont pu changer après cet article. Ce site décrit la situation telle que l’article la présentait ce jour-là et n’est pas mis à jour en fonction de l’actualité ultérieure.",
    numberingTitle: "Comment nous numérotons les paragraphes de l’article",
    numbering:
      "Le paragraphe 1 est le premier paragraphe du texte de l’article (celui qui s’ouvre sur la douzaine de pays) ; le titre, la signature, le temps de lecture et la légende de la photo ne sont pas comptés, et le décompte s’arrête au dernier paragraphe de l’article, une citation de Brian Nichols. Les « Recommended Stories » (articles recommandés) qui suivaient sur la page ne font pas partie de l’article.",
    paragraphCount: (n: number) => `Selon ce décompte, l’article compte ${n} paragraphes. Les renvois tels que « paragraphe 7 » ou les notes de bas de page y renvoient.`,
    statusesTitle: 'Ce que signifie chaque statut',
    kindsTitle: "Types d’offre",
    standingIntro: "À côté de chaque chiffre, nous indiquons le degré de fermeté que lui donne l’article :",
    personnel:
      "« Personnel » est employé lorsque l’article mentionne des personnes sans préciser, ou avant que le pays ait décidé, s’il s’agit de policiers ou de militaires. Un pays pour lequel aucun type n’est indiqué est un pays dont l’article ne précise pas la forme de l’aide.",
    correctionsTitle: 'Signaler une erreur',
    corrections: "Si une phrase de ce site ne correspond pas à l’article, indiquez-nous la page et la phrase en question, ainsi que le paragraphe de l’article sur lequel elle devrait reposer.",
    correctionsLink: 'Signaler une erreur',
    correctionsFallback: 'Signalez-la dans le gestionnaire de tickets du dépôt de code du site.',
    correctionsMade: 'Les corrections sont apportées dans les fichiers de contenu, et la date de mise à jour de notre décryptage change en conséquence.',
  },
  notFound: {
    title: 'Page introuvable',
    description: "Cette page n’existe pas. Retrouvez ici les décryptages, les pays et la chronologie.",
    intro: "Il n’y a pas de page à cette adresse. L’adresse a peut-être été mal saisie, ou le lien n’est plus à jour.",
    try: "Essayez l’une de ces pages",
    home: 'Accueil : tous les pays et leur offre',
  },
  og: {
    explainer: 'DÉCRYPTAGE',
    map: 'CARTE',
    mapTitle: 'Qui propose quoi, sur une carte',
    asOf: (date: string) => `D’après l’article du ${date} · Source : Miami\u00a0Herald`,
    // The count is not put first: a French sentence does not open on a figure.
    joined: (count: string) => `Sur une seule carte, le rôle de chacun : ${count}`,
    whatEach: (count: string) => `Le rôle de chacun, selon l’article : ${count}`,
  },
  /** Templates the browser fills in ({name}, {label}, {url}, {count}, {query}). */
  client: {
    mapLoadFailed: "La carte interactive n’a pas pu se charger. La carte fixe et la liste ci-dessous présentent les mêmes pays.",
    basemapFailed: "Les contours des pays n’ont pas pu être chargés. Les marqueurs, les lignes et la liste ci-dessous fonctionnent toujours.",
    attribution: 'Fond de carte : Natural Earth',
    panelHintWithList: 'Choisissez un pays sur la carte ou dans la liste pour afficher ici son offre, ses conditions et ses sources.',
    panelHint: 'Choisissez un pays sur la carte pour afficher ici son offre, ses conditions et ses sources.',
    selected: 'Pays sélectionné : {label} Détails sous la carte.',
    closed: 'Détails fermés : {name}.',
    linkCopied: 'Lien copié ({name}) : {url}',
    copyThisLink: 'Copiez ce lien ({name}) : {url}',
    copyPrompt: 'Copiez ce lien :',
    openOnMap: 'Ouvrir sur la carte complète : {name}. {label}',
    role: 'Rôle',
    status: 'Statut',
    asOf: 'Date de référence',
    offer: 'Offre',
    conditions: 'Conditions',
    noConditions: "Aucune condition mentionnée dans l’article.",
    source: 'Source : {source}.',
    fullRecord: 'Fiche complète : {name}',
    readMore: 'Lire la suite',
    copyCountryLink: 'Copier le lien vers ce pays',
    close: 'Fermer',
    closeLabel: 'Fermer les détails : {name}',
    sortLabel: 'Trier la liste',
    sort: 'Trier :',
    readingOrder: 'Ordre de lecture',
    shown: 'Pays affichés : {shown} sur {total}',
    searching: 'Recherche en cours…',
    noResults: 'Aucun résultat pour « {query} ».',
    oneResult: '1 résultat pour « {query} ».',
    results: '{count} résultats pour « {query} ».',
    shareCopied: 'Lien copié : {url}',
    shareCopiedButton: 'Lien copié',
    shareCopy: 'Copier le lien',
    shareCopyFailed: 'Impossible de copier automatiquement. Le lien est : {url}',
  },
  offerWithoutFigure: {
    offered: 'proposé (aucun chiffre précisé)',
    announced: 'intention de participer annoncée (aucun effectif précisé)',
    expected: 'attendu (aucun chiffre précisé)',
    discussed: 'évoqué, pas présenté comme une offre (aucun chiffre précisé)',
    considering: "à l’étude (aucun effectif précisé)",
    'to-be-sought': 'à obtenir, pas encore acquis (aucun montant précisé)',
    prepared: "prêt à être fourni (l’article dit ce qu’il comprend, pas son ampleur)",
  },
  chart: {
    title: 'Qui propose quoi, en un coup d’œil',
    intro: 'Les effectifs que chaque pays a proposés ou envisagés, dans les termes de l’article. Les barres partent de zéro.',
    unit: 'personnes',
    hedged: (qualifier, number) => ({ exact: number, 'up-to': `jusqu’à ${number}`, 'at-least': `au moins ${number}` })[qualifier],
    keyCount: 'Plein : le chiffre donné',
    keyCeiling: '« Jusqu’à » : un maximum, pas un chiffre ferme',
    keyLight: 'Pâle : seulement évoqué',
    money: 'De l’argent, pas des personnes',
    noFigure: 'Proposent ou envisagent aussi une aide, sans chiffre :',
    source: (outlet, date) => `Source : ${outlet}, ${date}. ¶ = le paragraphe de l’article qui donne le chiffre.`,
    sourceShort: (outlet, date) => `Source : ${outlet}, ${date} (¶ = paragraphe).`,
    allCountries: 'Tous les pays, avec leurs conditions',
  },
  header: {
    menu: 'Menu',
    translated: 'Traduit de l’anglais.',
  },
  dates: {
    written: 'Décryptage rédigé le',
    updated: 'mis à jour le',
    report: (outlet) => `D’après l’article du ${outlet} paru le`,
  },
  searchSuggest: {
    noMatch: 'Aucun résultat. Tous les pays que cite l’article figurent, avec leur offre, dans la liste des',
  },
  /** Lecture hors ligne (issue 17) : le bouton d’enregistrement, la page hors ligne et l’avis de mise à jour. */
  offline: {
    saveTitle: 'Lire sans connexion',
    saveIntro: 'Téléchargez en une seule fois les décryptages, les fiches pays et la carte dans cette langue pour les lire plus tard sans connexion. Rien n’est téléchargé avant que vous appuyiez sur le bouton.',
    saveButton: (kb: string) => `Enregistrer pour lire hors ligne (environ ${kb} Ko)`,
    saveDataAsk: 'L’économiseur de données est activé. Télécharger quand même environ {kb} Ko ?',
    saveDataYes: 'Oui, télécharger',
    progress: 'Enregistrement : {done} fichiers sur {total} ({kb} Ko sur {totalKb})',
    saved: 'Enregistré sur cet appareil : {total} fichiers, environ {totalKb} Ko. Vous pouvez les lire sans connexion.',
    alreadySaved: 'Cette langue est enregistrée sur cet appareil : vous pouvez la lire sans connexion.',
    failed: 'L’enregistrement s’est arrêté, peut-être à cause d’une coupure. Appuyez de nouveau sur le bouton pour reprendre : ce qui est enregistré le reste.',
    outdated: 'Une version plus récente du site est en ligne. Rechargez la page, puis enregistrez de nouveau.',
    updated: 'Le site a été mis à jour depuis votre dernière visite : vous lisez la version la plus récente, corrections comprises.',
    updatedElsewhere: 'Une version plus récente du site a été chargée. Rechargez cette page pour la lire.',
    reload: 'Recharger',
    pageTitle: 'Vous êtes hors ligne',
    pageDescription: 'Cette page s’affiche quand il n’y a pas de connexion et que la page demandée n’est pas enregistrée sur cet appareil.',
    pageIntro: 'Il n’y a pas de connexion, et cette page n’est pas enregistrée sur cet appareil :',
    savedHeading: 'Enregistré sur cet appareil',
    savedIntro: 'Ces pages peuvent être lues dès maintenant :',
    nothingSaved: 'Rien n’est encore enregistré dans cette langue sur cet appareil. Une fois la connexion revenue, le bouton « Enregistrer pour lire hors ligne », en bas de chaque page, enregistre tout le site dans cette langue.',
    checking: 'Recherche des pages enregistrées…',
  },
  /** La carte à intégrer et son code pour les autres sites. */
  embed: {
    credit: (outlet: string, author: string, date: string) => `Source : ${outlet}, article de ${author}, ${date}.`,
    creditLink: (site: string) => `Carte et explications complètes : ${site}`,
    copyButton: 'Copier le code d’intégration',
    copied: 'Code d’intégration copié. Collez-le dans le HTML de votre page.',
    copyFailed: 'Copie automatique impossible : sélectionnez le code ci-dessus et copiez-le.',
    codeHelp: 'La première ligne est la carte. La seconde, facultative, donne au cadre exactement la hauteur de la carte et de sa légende ; sans elle, le cadre garde des proportions fixes.',
    preview: 'Aperçu',
    previewNote: 'La carte intégrée telle que la verra un lecteur, à la largeur de cette colonne.',
  },
  /** Le texte d’un partage vers une messagerie : le chiffre clé et son degré de certitude, assez court pour un aperçu. */
  shareText: {
    figure: (name: string, amount: string) => `${name} : ${amount}`,
    conditions: 'sous conditions',
    noFigure: 'aucun chiffre dans l’article',
    more: (count: number) => (count === 1 ? 'une autre offre' : `${underTen(count)} autres offres`),
  },
  attribution: {
    'one-source': (label: string) => (label.includes(', ') ? label.replace(', ', ', selon une source ; ') : `${label}, selon une source`),
  },
  countryDescription: {
    noOfferStated: "L’article ne mentionne aucune offre d’aide de sa part.",
  },
  timelinePlacement: {
    placedBy: (words: string) => `placé d’après ${words}`,
  },
  homeTakeaways: {
    // The article’s title is the link between « »: « Tiré du décryptage « Qui propose quoi… », où… ».
    from: 'Tiré du décryptage «',
    after: " », où chaque phrase cite le paragraphe de l’article du Miami Herald sur lequel elle repose.",
  },
  mapLabels: {
    twoFingers: 'Utilisez deux doigts pour déplacer la carte',
    ctrlScroll: 'Utilisez Ctrl + molette pour zoomer sur la carte',
    metaScroll: 'Utilisez ⌘ + molette pour zoomer sur la carte',
    figure: (qualifier, number) => `${{ exact: '', 'up-to': "jusqu’à ", 'at-least': 'au moins ' }[qualifier]}${number}`,
    standing: {
      offered: 'proposé',
      announced: 'annoncé',
      expected: 'attendu',
      discussed: 'évoqué',
      considering: "à l’étude",
      'to-be-sought': 'à obtenir',
      prepared: 'prêt à être fourni',
    },
    sizeKey: "Surface du cercle : effectifs (bord en tirets : « jusqu’à », un plafond). Les montants sont indiqués en texte, sans cercle.",
  },
  wholeMessages: {
    standingAgreed: (unit: Unit, standing: Standing) => standingAgreed(standing, unit),
    countryImageAlt: (country: NamedCountry, offers: string, status: string) => `${TheName(frenchCountry(country))}. ${offers.replace(/\.$/, '')}. Statut : ${status.charAt(0).toLowerCase()}${status.slice(1)}.`,
    quoteTranslated: (text: string) => `(« ${text} », notre traduction)`,
    quoteTranslationFirst: false,
    quoteInEnglish: 'en anglais',
    whenWithNote: (when: string, note: string) => (when.endsWith(')') ? `${when.slice(0, -1)} ; ${note})` : `${when} (${note})`),
    sourceLine: (outlet: string, author: string, title: string, paragraphs: string) => `${outlet}, ${author}, « ${title} », ${paragraphs}`,
    desk: 'Le service Décryptage',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    markerLabel: '{name}\u00a0: {offer}. Statut\u00a0: {status}.',
    colon: '\u00a0: ',
    semicolon: '\u202f; ',
    dataNote:
      "Chiffres de l’article à la date de référence (asOf), non mis à jour. Chaque chiffre a sa précision (qualifier : exact, up-to = jusqu’à, at-least = au moins) et son degré de fermeté (standing : offered = proposé, announced = annoncé, expected = attendu, discussed = évoqué, considering = à l’étude, to-be-sought = à obtenir, prepared = prêt) : « up-to 500, discussed » se lit « il a été question de 500 au plus », jamais « 500 proposés ». Une quantité null : l’article ne donne aucun chiffre. Paragraphes numérotés à partir de 1.",
    csvColumns: {
      id: 'identifiant',
      name: 'nom',
      iso3: 'iso3',
      role: 'rôle',
      status: 'statut',
      offers: 'offres',
      people: 'effectifs',
      qualifier: (column: string) => `${column}_précision`,
      standing: (column: string) => `${column}_fermeté`,
      unit: (column: string) => `${column}_unité`,
      money: 'montant_usd',
      conditions: 'conditions',
      latitude: 'latitude',
      longitude: 'longitude',
      asOf: 'date_de_référence',
      paragraphs: 'paragraphes_source',
      source: 'source',
    },
    qualifier: { exact: 'exact', 'up-to': "jusqu’à", 'at-least': 'au moins' },
    standing: { offered: 'proposé', announced: 'annoncé', expected: 'attendu', discussed: 'évoqué', considering: "à l’étude", 'to-be-sought': 'à obtenir', prepared: 'prêt' },
    unit: { personnel: 'personnes', 'uniformed-personnel': 'personnel en tenue', 'police-officers-and-troops': 'policiers et militaires', USD: 'dollars américains' },
  },
};
