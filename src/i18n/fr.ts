/**
 * Le catalogue français : les mêmes clés que l'anglais (en.ts), dans les mots
 * d'un lecteur francophone d'Haïti. Une clé manquante fait échouer `astro check`.
 */
import type { Catalogue } from './en.ts';
import { makeFormatter } from './format.ts';
import { frenchTypography } from './typography.ts';

const format = makeFormatter('fr', (count) => `environ ${count}`);
const plural = (count: number, one: string, many: string): string => (count > 1 ? many : one);
/** « jusqu’au 2 octobre 2025 » pour un jour, « jusqu’en octobre 2025 » ou « jusqu’en 2025 » sinon (la date est déjà écrite). */
const untilWord = (date: string): string =>
  /^\d{1,2}(er)?\s/.test(date) ? 'jusqu’au' : 'jusqu’en';

/** Le statut s’accorde avec le nombre : « 1 déployé », « 400 déployés » (les effectifs sont au masculin). */
const COUNTED_STATUS = {
  pledged: { one: 'promis', many: 'promis' },
  announced: { one: 'annoncé', many: 'annoncés' },
  deployed: { one: 'déployé', many: 'déployés' },
  withdrawn: { one: 'retiré', many: 'retirés' },
} as const;

/** Une espace insécable avant « : ; ? ! » et le guillemet fermant, après le guillemet ouvrant (./typography.ts). */
const spaced = frenchTypography;

/**
 * Le catalogue écrit avec des espaces ordinaires, rendu avec des espaces insécables : chaque texte,
 * et ce que rend chaque fonction (les textes qu'elle reçoit compris), pour qu'aucune ligne ne
 * commence par un deux-points ou un guillemet fermant.
 */
function withFrenchSpacing<T>(value: T): T {
  if (typeof value === 'string') return spaced(value) as T;
  if (typeof value === 'function')
    return ((...args: unknown[]) =>
      withFrenchSpacing((value as (...args: unknown[]) => unknown)(...args))) as T;
  if (Array.isArray(value)) return value.map(withFrenchSpacing) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, withFrenchSpacing(entry)]),
    ) as T;
  return value;
}

const words: Omit<Catalogue, 'format'> = {
  lang: 'fr',
  languageName: 'Français',
  ogLocale: 'fr_FR',
  citation: (site, page, url, lastUpdated) =>
    `${site}, « ${page} »${lastUpdated ? `, données au ${format.fullDate(lastUpdated)}` : ''}, ${url}. Chiffres tels que rapportés par les articles cités.`,
  citeFigure: {
    title: (what, date) => `${what}, ${date}`,
    citation: (site, title, from, published, permalink) =>
      `${site} : ${title}. Source : ${from}, ${published}. ${permalink}`,
  },
  downloads: {
    heading: 'Télécharger les données',
    rows: (rows) => `Les chiffres ci-dessus, un par ligne : ${rows}.`,
    spreadsheets: '(tableurs)',
    programs: '(programmes)',
    images: '{svg} et {png} (le graphique, avec sa légende et sa source)',
    everything: 'Tous les téléchargements, le sens de chaque colonne et la licence',
    suggested: 'Citation suggérée :',
  },
  fundingTotals: {
    entity: 'Acteur',
    pledged: 'Promis',
    disbursed: 'Versé',
    gap: 'Écart',
    asOf: 'Date',
  },
  nav: {
    articles: 'Articles',
    timeline: 'Chronologie',
    entities: 'Acteurs et lieux',
    deployments: 'Déploiements',
    funding: 'Financement',
    about: 'À propos',
    search: 'Rechercher',
    data: 'Données à télécharger',
    feed: 'Flux RSS',
  },
  skipLink: 'Aller au contenu',
  siteDescription:
    'Un suivi sourcé de la Mission multinationale d’appui à la sécurité (MSS) en Haïti, dirigée par le Kenya : ce qui s’est passé et quand, qui y prend part, combien de policiers et de soldats chaque pays a promis et envoyés.',
  feedTitle: 'MSS Haiti Tracker : derniers articles',
  header: {
    languages: 'Langue',
    searchLabel: 'Rechercher dans le site',
    searchPlaceholder: 'Rechercher',
    searchButton: 'Rechercher',
    mainNav: 'Principal',
  },
  footer: {
    about:
      'un suivi en source ouverte de la Mission multinationale d’appui à la sécurité en Haïti, dirigée par le Kenya. Chaque chiffre est cité d’après l’article qui le rapporte.',
    licence:
      'Code sous licence MIT. Les textes des articles appartiennent à leurs éditeurs et sont cités à titre de référence.',
    method: 'Sources et méthode',
    nav: 'Pied de page',
  },
  eventKinds: {
    visit: 'Visite',
    deployment: 'Déploiement',
    diplomacy: 'Diplomatie',
    'un-action': 'Action de l’ONU',
    security: 'Sécurité',
    funding: 'Financement',
    statement: 'Déclaration',
    other: 'Autre',
  },
  deploymentStatus: {
    pledged: 'Promis',
    announced: 'Annoncé',
    deployed: 'Déployé',
    withdrawn: 'Retiré',
  },
  personnel: { police: 'Policiers', military: 'Militaires', mixed: 'Policiers et militaires' },
  mandateAction: {
    authorised: 'autorisé',
    renewed: 'renouvelé',
    expires: 'arrive à échéance',
    ended: 'terminé',
  },
  mandateEvent: (mission, action, until) =>
    `${mission} : mandat ${action}${until ? ` (échéance : ${until})` : ''}`,
  fundingStatus: { pledged: 'Promis', disbursed: 'Versé' },
  table: {
    date: 'Date',
    figure: 'Chiffre',
    amount: 'Montant',
    status: 'Statut',
    personnel: 'Effectifs',
    source: 'Source et citation',
  },
  flags: { approximate: 'approximatif', conflict: 'les sources divergent' },
  chart: {
    conflict: 'les sources divergent',
    scrolls: (title) => `${title} (défile horizontalement sur les petits écrans)`,
    timeAxis:
      'Date à laquelle se rapporte le chiffre (une date partielle est placée au début de sa période)',
    series: 'Séries',
    shapes: 'Formes des repères',
    approximate: 'Approximatif (creux)',
    disagree: 'Les sources divergent',
    personnelShapes: {
      deployed: 'Déployés (sur le terrain ; reliés par une ligne)',
      pledged: 'Promis',
      announced: 'Annoncés',
      withdrawn: 'Retirés',
    },
    moneyShapes: { disbursed: 'Versé (relié par une ligne)', pledged: 'Promis' },
    countStatus: (count, status, plural) =>
      `${count} ${plural ? COUNTED_STATUS[status].many : COUNTED_STATUS[status].one}`,
  },
  timeline: {
    eras: 'Périodes du mandat',
    eraSpan: '{mission} : {from} – {until}',
    eraStatement: '{action}, {date} : {quote} {source}',
    ceiling: (count) => `plafond autorisé : ${count}`,
    kind: 'Type',
    filters: 'Filtres de la chronologie',
    byYear: 'Par année',
    byKind: 'Par type',
    all: 'Tout',
    involved: 'Acteurs concernés',
    sources: (count) => (count === 1 ? 'Source :' : `${count} sources :`),
    pages: 'Pages de la chronologie',
    earlier: '← Plus ancien',
    later: 'Plus récent →',
    download: 'Télécharger tous les événements en {json}.',
    noMonth: (year) => `${year}, mois non précisé`,
    title: 'Chronologie',
    description:
      'Tous les événements de la mission MSS rapportés par les articles suivis, datés avec la précision que donnent les sources.',
    heading: 'Chronologie',
    introSingle: (events) =>
      `Les ${events} événements rapportés par les articles, du plus ancien au plus récent. Chaque événement figure une seule fois, avec tous les articles qui le rapportent.`,
    introPaged: (events, years) =>
      `${events} événements sur ${years} ans. Choisissez une année ou un type ci-dessous.`,
    yearHeading: (year) => `Chronologie : ${year}`,
    kindHeading: (kind) => `Chronologie : ${kind}`,
    pageDescription: (heading) => `${heading} — les événements de la mission MSS en Haïti.`,
    pageOf: (heading, page) => `${heading}, page ${page}`,
    count: (events) =>
      `${events} ${plural(events, 'événement', 'événements')}, du plus ancien au plus récent.`,
    none: 'Aucun événement n’a encore été enregistré.',
  },
  bars: {
    heading: (currency) => `Promis et versé, en ${currency}`,
    title: (currency) =>
      `Dernière promesse et dernier versement de chaque donateur et bénéficiaire, en ${currency}`,
    description:
      'Chaque barre est un couple donateur–bénéficiaire : le contour en pointillé est la dernière promesse, la barre pleine le dernier versement ; l’écart est la partie du contour restée vide. Chaque barre renvoie à sa source ; les tableaux ci-dessous donnent les mêmes chiffres.',
    pledged: 'Dernière promesse',
    disbursed: 'Dernier versement',
    gap: (amount) => `écart ${amount}`,
    over: (amount) => `${amount} au-delà de la promesse`,
    paid: 'promesse entièrement versée',
    noDisbursement: 'aucun versement rapporté',
    pledgedTitle: (amount, quote) => `Promis : ${amount}. « ${quote} »`,
    disbursedTitle: (amount, quote) => `Versé : ${amount}. « ${quote} »`,
  },
  strength: {
    axis: 'Effectifs sur le terrain',
    legend: 'Contributeurs et mandat',
    ceiling: 'Plafond autorisé',
    band: 'Période du mandat',
    bandUntil: 'Mandat jusqu’à',
    tableCaption: 'Effectifs sur le terrain à chaque date rapportée, par pays',
    tableCaptionLatest: (shown, total) =>
      `Effectifs sur le terrain aux ${shown} dernières des ${total} dates rapportées, par pays (les téléchargements contiennent tous les chiffres)`,
    date: 'Date',
    total: 'Total sur le terrain',
    parts: 'Par pays (chaque chiffre à sa propre date)',
    ceilingColumn: 'Plafond autorisé',
    noCeiling: 'non précisé',
    heading: 'Effectifs face au mandat',
    chartTitle: 'Effectifs sur le terrain face au plafond autorisé',
    chartDescription:
      'Marches empilées : le total sur le terrain, une couche par pays, chaque pays à son dernier chiffre de déploiement. La ligne noire en tirets est le plafond autorisé, la ligne pointillée le total promis ; les bandes grisées sont les périodes du mandat. Chaque repère renvoie à sa source ; le tableau ci-dessous donne les mêmes totaux.',
    partTitle: (name, count, date, quote) =>
      `${name} : ${count} sur le terrain, ${date}. « ${quote} »`,
    ceilingTitle: (ceiling, date, quote) => `Plafond autorisé : ${ceiling}, ${date}. « ${quote} »`,
    pledgeTitle: (name, count, date, quote) => `${name} : ${count} promis, ${date}. « ${quote} »`,
    pledged: 'Total promis',
    bandLabel: (until) => `Mandat ${untilWord(until)} ${until}`,
    history: 'Historique du mandat',
  },
  cite: 'Citer',
  home: {
    heading: 'Suivre la Mission multinationale d’appui à la sécurité en Haïti',
    lede: 'Ce qui s’est passé et quand, qui y prend part, combien de policiers et de soldats chaque pays a promis et réellement envoyés — chaque chiffre rattaché à la phrase qui le rapporte.',
    updated: 'Dernière mise à jour :',
    numbers: 'La mission en chiffres',
    totals: (countries, events, articles) =>
      `${countries} ${plural(countries, 'pays a', 'pays ont')} des effectifs signalés sur le terrain · ${events} ${plural(events, 'événement daté', 'événements datés')} · ${articles} ${plural(articles, 'article', 'articles')}`,
    allPersonnel: 'Tous les chiffres d’effectifs, avec le graphique et leurs sources',
    someCountries: (shown, total) =>
      `Les ${shown} pays aux chiffres les plus élevés, sur ${total}.`,
    someFlows: (shown, total) =>
      `Les ${shown} promesses les plus élevées, sur ${total} couples donateur–bénéficiaire.`,
    money: 'Fonds promis et versés',
    allFunding: 'Tous les chiffres du financement, avec leurs sources',
    latest: 'Derniers articles',
    allArticles: (count) => `Les ${count} articles`,
  },
  notTranslated: 'pas encore traduit',
  about: {
    title: 'À propos : sources et méthode',
    description:
      'Comment le site recueille, vérifie et présente ce que la presse rapporte sur la mission MSS.',
    heading: 'Sources et méthode',
    intro: (site) =>
      `${site} suit la Mission multinationale d’appui à la sécurité (MSS) en Haïti, dirigée par le Kenya, à travers les articles de presse qui en parlent. Chaque article est conservé dans un fichier ; tout le reste du site — les chiffres, les événements, les personnes et les pays concernés — est tiré de ces fichiers au moment de la construction du site.`,
    quoteHeading: 'Chaque fait repose sur une citation',
    quote:
      'Pour enregistrer un chiffre (« 400 policiers kényans déployés en juin 2024 ») ou un événement, la rédaction doit recopier la phrase de l’article qui l’énonce. La construction du site vérifie que chaque citation figure bien dans le texte de l’article (aux espaces, guillemets et mises en forme près) et refuse de publier ce qui n’y figure pas. À côté de chaque chiffre, vous pouvez lire les mots dont il est tiré et suivre le lien vers l’article.',
    datesHeading: 'Des dates aussi précises que le texte',
    dates:
      'Quand un article dit « en juillet 2023 », le site enregistre juillet 2023, pas un jour inventé. Les dates s’affichent donc « 2021 », « juillet 2023 » ou « 21 septembre 2024 », et une date moins précise est classée avant les jours qu’elle contient.',
    inferredHeading: 'Ce que la rédaction a déduit est signalé',
    inferred:
      'Certains textes n’ont ni titre ni date, ou disent « samedi » ou « la semaine dernière ». Quand la rédaction fournit une telle valeur (un titre, une date de publication, un jour déduit de « samedi », un mois pour un chiffre non daté), le site la signale {mark} et affiche, à côté, la note de la rédaction qui explique sa lecture : sur les pages d’articles, dans la chronologie, les tableaux et les cartes, dans les infobulles des graphiques et dans les colonnes {inferred} et {note} des téléchargements.',
    personnelHeading: 'Ce que signifient les chiffres d’effectifs',
    pledged: 'La promesse d’un gouvernement d’envoyer un certain nombre de personnes.',
    announced: 'Un contingent annoncé : en formation ou programmé.',
    deployed:
      'Des effectifs dits présents sur le terrain à cette date — un total pour le pays, pas un ajout.',
    withdrawn: 'Des effectifs dits partis.',
    hedged:
      'Les chiffres nuancés dans le texte (« près de 400 », « une vingtaine ») sont signalés comme approximatifs. Quand deux articles donnent des nombres différents pour le même pays, la même date et le même statut, les deux sont conservés et affichés côte à côte ; le site ne fait jamais de moyenne et n’écarte aucun chiffre.',
    strengthHeading: 'Les effectifs face au mandat',
    strength:
      'Le total sur le terrain est la somme du dernier chiffre de déploiement de chaque pays, à chaque date où l’un d’eux est rapporté ; quand le dernier chiffre d’un pays est plus ancien que le total, le site indique sa propre date. Le plafond autorisé et la fin du mandat proviennent de ce que les articles disent du mandat, chaque fois avec sa citation.',
    moneyHeading: 'L’argent',
    money:
      'Les montants promis et versés sont enregistrés de la même façon, chacun avec sa citation, dans la monnaie indiquée par la source ; le site ne convertit jamais d’une monnaie à l’autre. Quand un article ne donne que les totaux d’un fonds, ils sont présentés sous l’ensemble de ses donateurs.',
    sourcesHeading: 'Sources',
    count: (count) =>
      `Le site compte aujourd’hui ${count} ${plural(count, 'article', 'articles')}.`,
    outlets: (list) => `Médias cités : ${list}.`,
    unnamed: (count) =>
      `${count} ${plural(count, 'article ne nomme pas son média', 'articles ne nomment pas leur média')} dans le texte dont nous disposons ; aucun n’est donc indiqué.`,
    reading:
      'Quand un texte ne donne ni date ni titre, la lecture de la rédaction est présentée comme telle, avec sa note ; les médias, les auteurs et les chiffres ne sont jamais devinés.',
    licence:
      'Les textes des articles appartiennent à leurs éditeurs et sont cités ici à titre de référence. Le code du site est libre, sous licence MIT ; les données qu’il rassemble sont publiées sous licence CC BY 4.0 (voir {data}).',
    dataLink: 'Données',
    contributingHeading: 'Contribuer',
    contributing:
      'Chacun peut ajouter un article en versant un fichier markdown ; le format est décrit dans le fichier CONTRIBUTING.md du projet. Commencez par la {list} pour voir ce qui est déjà couvert. Les traducteurs trouveront ce qui manque encore à chaque langue sur la {translations}.',
    listLink: 'liste des articles',
    translationsLink: 'page des traductions',
  },
  pagination: { newer: '← Plus récents', older: 'Plus anciens →', page: (page) => `Page ${page}` },
  articles: {
    heading: 'Articles',
    description: 'Tous les articles de presse suivis, du plus récent au plus ancien.',
    lede: (count) =>
      `${count} ${plural(count, 'article de presse', 'articles de presse')} sur la mission, du plus récent au plus ancien.`,
    pageOf: (page, pages) => `Page ${page} sur ${pages}.`,
    pageTitle: (page) => `Articles, page ${page}`,
    pages: 'Pages d’articles',
  },
  deployments: {
    title: 'Déploiements',
    description:
      'Combien de policiers et de soldats chaque pays a promis et réellement envoyés à la mission MSS en Haïti, chaque chiffre avec sa source.',
    datasetDescription:
      'Combien de policiers et de soldats chaque pays a promis et envoyés à la mission MSS en Haïti, et ce que le mandat autorisait, chaque chiffre avec sa source.',
    heading: 'Effectifs : promis et déployés',
    intro: (count) =>
      `Combien de policiers et de soldats chaque pays a promis à la mission, et combien sont sur le terrain — ${count} ${plural(count, 'chiffre tiré', 'chiffres tirés')} des articles suivis, chacun relié à la phrase qui l’énonce. Quand les sources divergent, les deux chiffres sont affichés.`,
    byCountry: 'Par pays',
    overTime: 'Au fil du temps',
    axis: 'Effectifs',
    chartTitle: 'Effectifs promis et déployés par pays, dans le temps',
    chartDescription:
      'Les lignes relient les totaux déployés de chaque pays ; les losanges sont des promesses, les triangles des contingents annoncés. Chaque repère renvoie à l’article source. Le tableau ci-dessous donne les mêmes données.',
    everyFigure: 'Tous les chiffres, avec leur source',
    caption: (country, count) => `${country} : ${count} ${plural(count, 'chiffre', 'chiffres')}`,
    captionLatest: (country, shown, total) =>
      `${country} : les ${shown} derniers des ${total} chiffres (la page du pays en montre davantage ; les téléchargements les contiennent tous)`,
    downloadRows:
      'le pays, la date et sa précision, le chiffre, le statut et le type d’effectifs, l’article source et la citation',
  },
  funding: {
    title: 'Financement',
    description:
      'Les fonds promis et versés pour la mission MSS en Haïti, par donateur et bénéficiaire, chaque montant avec sa source.',
    heading: 'Financement : promis et versé',
    intro:
      'Qui a promis de l’argent à la mission et ce qui a été versé, selon les articles. Chaque montant renvoie à la phrase qui l’énonce. Les montants sont donnés dans la monnaie rapportée et ne sont jamais convertis.',
    none: 'Aucun montant n’a encore été enregistré.',
    byFlow: 'Par donateur et bénéficiaire',
    overTime: (currency) => `Au fil du temps, en ${currency}`,
    chartTitle: (currency) => `Fonds promis et versés dans le temps, en ${currency}`,
    chartDescription:
      'Les losanges sont des promesses, les cercles des versements (reliés par une ligne pour chaque couple donateur–bénéficiaire). Chaque repère renvoie à l’article source ; les tableaux ci-dessous donnent les mêmes chiffres.',
    totals: 'Totaux',
    byDonor: 'Par donateur (dernier chiffre de chaque flux, par monnaie)',
    byRecipient: 'Par bénéficiaire (dernier chiffre de chaque flux, par monnaie)',
    amountsHeading: 'Montants rapportés, avec leurs sources',
    flowCaption: (flow, shown, total) =>
      shown < total
        ? `${flow} : les ${shown} derniers des ${total} montants (les téléchargements les contiennent tous)`
        : flow,
    downloadRows:
      'le donateur et le bénéficiaire, la date et sa précision, le montant, la monnaie et le statut, l’article source et la citation',
  },
  notFound: {
    title: 'Page introuvable',
    description: 'Cette page n’existe pas.',
    heading: 'Page introuvable',
    text: 'Il n’y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.',
    home: 'Aller à l’accueil',
    articles: 'Parcourir tous les articles',
  },
  search: {
    title: 'Rechercher',
    description:
      'Rechercher dans les articles, les acteurs et les événements du MSS Haiti Tracker.',
    intro:
      'Recherchez dans les pages en français : chaque acteur, chaque lieu et chaque article écrit en français. Filtrez les résultats par type.',
    label: 'Rechercher des articles, des acteurs et des événements',
    filter: { name: 'type', article: 'article', entity: 'acteur ou lieu', event: 'événement' },
    otherLanguages: 'Rechercher dans une autre langue :',
    noScript: 'La recherche nécessite JavaScript. Sans JavaScript, parcourez :',
    ui: {
      placeholder: 'Rechercher des articles, des personnes, des lieux, des événements',
      clear_search: 'Effacer',
      load_more: 'Plus de résultats',
      search_label: 'Rechercher dans le site',
      filters_label: 'Filtres',
      zero_results: 'Aucun résultat pour [SEARCH_TERM]',
      many_results: '[COUNT] résultats pour [SEARCH_TERM]',
      one_result: '[COUNT] résultat pour [SEARCH_TERM]',
      alt_search: 'Aucun résultat pour [SEARCH_TERM]. Résultats pour [DIFFERENT_TERM] à la place',
      search_suggestion: 'Aucun résultat pour [SEARCH_TERM]. Essayez l’une de ces recherches :',
      searching: 'Recherche de [SEARCH_TERM]…',
    },
  },
  entities: {
    title: 'Acteurs et lieux',
    description:
      'Les personnes, organisations, pays, lieux et missions qui apparaissent dans l’actualité de la mission MSS.',
    intro:
      'Les personnes, organisations, pays, lieux et missions que nomment les articles, les plus cités d’abord. Un article cite un acteur quand son nom, ou l’une de ses autres graphies, apparaît dans le texte, ou quand la rédaction l’y associe.',
    kinds: 'Types d’acteurs',
    download: 'Télécharger tous les acteurs, avec leur nombre de mentions, en {json}.',
  },
  entity: {
    feedChannelTitle: (name, site) => `${name} · ${site}`,
    feedChannelDescription: (name, site) => `Les articles qui citent ${name}, dans ${site}.`,
    defaultDescription: (name) => `${name} dans le MSS Haiti Tracker`,
    bodyNotTranslated: 'Ce texte n’est pas encore traduit ; il est donné en anglais.',
    feedTitle: (name) => `Articles qui citent ${name}`,
    events: 'Événements',
    latestEvents: (shown, total) =>
      `Les ${shown} derniers des ${total} événements ; la {timeline} les montre tous.`,
    timelineLink: 'chronologie',
    noArticles: (name) => `Aucun article ne cite encore ${name}.`,
    related: 'Souvent cités ensemble',
    country: 'Pays',
    aliases: 'Autres graphies',
    mentionedIn: 'Cité dans',
    articles: (count) => `${count} ${plural(count, 'article', 'articles')}`,
    feed: 'Flux',
    latestArticles: (shown, total) => `Les ${shown} derniers des ${total} articles.`,
    tagged: 'Associé par la rédaction ; pas nommé dans le texte.',
    shared: (count) => `${count} ${plural(count, 'article en commun', 'articles en commun')}`,
    personnel: 'Chiffres d’effectifs',
    personnelOverTime: (name) => `Effectifs : ${name}, au fil du temps`,
    personnelDescription: (name) =>
      `Les effectifs promis, annoncés et déployés de ${name} ; chaque repère renvoie à sa source. Le tableau ci-dessous donne les mêmes chiffres.`,
    personnelCaption: (name) => `Chiffres d’effectifs pour ${name}, du plus ancien au plus récent`,
    personnelCaptionLatest: (name, shown, total) =>
      `Chiffres d’effectifs pour ${name} : les ${shown} derniers sur ${total}, du plus ancien au plus récent`,
    compare: 'Comparer avec tous les pays',
    mandateShown: (shown, total) =>
      `Les ${shown} dernières des ${total} déclarations ; mandates.csv les contient toutes.`,
    strengthLink: 'avec chaque total et ses sources',
    funding: 'Financement',
    allFunding: 'Tous les chiffres du financement',
  },
  article: {
    otherTitles: 'Le titre dans d’autres langues',
    by: (author) => `Par ${author}`,
    published: 'Publié le',
    readingTime: (minutes) => `${minutes} min de lecture`,
    original: 'Lire l’article original',
    contributes: 'Ce que cet article apporte',
    events: 'Événements rapportés',
    who: 'Qui et quoi',
    entities: 'Acteurs cités dans cet article',
    more: 'Autres articles',
    older: 'Plus ancien',
    newer: 'Plus récent',
    onTimeline: 'Dans la chronologie',
  },
  figureItems: {
    personnel: (kind, country) => `${kind} (${country})`,
    money: (donor, recipient) => `de ${donor}${recipient ? ` à ${recipient}` : ''}`,
    mandate: (action, by) => `${action}${by ? ` par ${by}` : ''}`,
    ceiling: (count) => `Plafond : ${count} personnes`,
    until: (date) => `${untilWord(date)} ${date}`,
    sections: {
      figures: 'Chiffres de cet article',
      money: 'Montants de cet article',
      mandates: 'Mandat dans cet article',
    },
  },
  countryCards: {
    about: 'environ',
    onGround: 'sur le terrain {date} ({source})',
    source: 'source',
    sourceLabel: 'Source',
    noneDeployed: 'Aucun chiffre de déploiement rapporté pour l’instant.',
    pledged: '{count} promis ({date})',
    shareDeployed: (share) => `${share} de l’effectif promis déployé`,
  },
  flowCards: {
    to: 'à',
    pledged: '{amount} promis ({date})',
    disbursed: '{amount} versés ({date})',
    gap: (gap, share) => `Écart : ${gap} restant à verser (${share} du montant promis versé)`,
    over: (amount, share) =>
      `${amount} versés au-delà de la dernière promesse (${share} de celle-ci)`,
    paid: 'La dernière promesse est entièrement versée.',
  },
  strengthLine: {
    withCeiling:
      'Environ {total} des {ceiling} personnes autorisées sont sur le terrain ({share} du plafond, {date}',
    withoutCeiling: 'Environ {total} personnes sur le terrain ({date}',
    manyOlder: (older, all) => ` ; les chiffres de ${older} des ${all} pays sont plus anciens`,
    includes: ' ; dont ',
    and: ' et ',
    partAsOf: '{name} {date}',
    close: ')',
    mandateEnd:
      ' ; dernière fin de mandat indiquée par les articles pour {mission} : {until} (date de la déclaration : {stated})',
    mandateEndInferred:
      ' ; dernière fin de mandat indiquée par les articles pour {mission} : {until} (date de la déclaration : {stated}, lue par la rédaction)',
  },
  citeChart: 'Citer ce graphique',
  siteTitle: 'MSS Haiti Tracker',
  card: {
    homeKicker: 'Mission multinationale d’appui à la sécurité en Haïti',
    deploymentsTitle: 'Effectifs promis et déployés',
    fundingTitle: 'Financement : promis et versé',
    timelineTitle: 'Chronologie de la mission',
    strength: (total, ceiling) =>
      ceiling
        ? `Environ ${total} des ${ceiling} personnes autorisées sur le terrain`
        : `Environ ${total} personnes sur le terrain`,
    counts: (articles, events) =>
      `${format.number(articles)} ${plural(articles, 'article', 'articles')}, ${format.number(events)} ${plural(events, 'événement', 'événements')}`,
    countries: (count) => `${count} ${plural(count, 'pays contributeur', 'pays contributeurs')}`,
    money: (pledged, disbursed) => `${pledged} promis, ${disbursed} versés`,
    noMoney: 'Aucun montant enregistré pour l’instant',
    otherCurrencies: (count) =>
      `et des montants dans ${count} autre${count > 1 ? 's' : ''} monnaie${count > 1 ? 's' : ''}`,
    events: (count) =>
      `${format.number(count)} ${plural(count, 'événement daté', 'événements datés')}, tous sourcés`,
    deployed: (count, date) => `${count} personnes déployées, ${date}`,
    mentions: (count) =>
      `Cité dans ${format.number(count)} ${plural(count, 'article', 'articles')}`,
  },
  corrections: {
    heading: 'Corrections',
    corrected: 'Corrigé le',
    fields: {
      count: 'le nombre',
      amount: 'le montant',
      currency: 'la monnaie',
      date: 'la date',
      quote: 'la citation',
      ceiling: 'le plafond',
      until: 'l’échéance',
      title: 'le titre',
    },
    change: (field, was, now) =>
      now === undefined ? `${field} était ${was}` : `${field} était ${was}, désormais ${now}`,
    kinds: {
      figure: 'Chiffre corrigé',
      removed: 'Chiffre retiré',
      event: 'Événement corrigé',
      title: 'Titre corrigé',
    },
    commit: 'Message de la modification',
    unavailable: (reason) =>
      `Historique indisponible : ${reason}. Les corrections sont listées quand le site est construit à partir de l’historique git complet de son contenu.`,
    none: 'Aucune correction pour l’instant : aucun chiffre, date d’événement, citation ou titre publié n’a été modifié.',
    intro:
      'Chaque modification d’un chiffre, d’une date d’événement, d’une citation ou d’un titre après sa publication, et chaque chiffre retiré, des plus récentes aux plus anciennes. La liste est établie à partir de l’historique git du contenu à chaque construction du site : rien n’est corrigé en silence.',
    feedTitle: 'MSS Haiti Tracker : corrections',
    feedDescription:
      'Chaque correction d’un chiffre, d’une date d’événement, d’une citation ou d’un titre, et chaque chiffre retiré.',
    articleGone: 'article retiré',
    feedLink: 'Flux RSS des corrections',
    feedLatest: (limit) => `(les ${format.number(limit)} dernières)`,
  },
  chartImage: {
    source: (site, url, asOf) => [
      `Source : ${site}, ${url}${asOf ? ` (données ${asOf})` : ''}.`,
      'Chaque chiffre est relié sur le site à la phrase qui le rapporte.',
    ],
    strengthSubtitle:
      'Empilé par pays, chacun à son dernier chiffre de déploiement ; tirets : plafond autorisé ; pointillés : total promis.',
    barsSubtitle:
      'Contour : la dernière promesse ; plein : le dernier versement. Jamais converti d’une monnaie à l’autre.',
    downloads: 'Le graphique en image :',
  },
  outOfDate: 'peut-être dépassé',
  inference: {
    label: 'Déduit par la rédaction',
    note: 'Note de la rédaction',
    fields: {
      title: 'Titre fourni par la rédaction',
      published: 'Date de publication déduite par la rédaction',
      outlet: 'Média indiqué par la rédaction',
      author: 'Auteur indiqué par la rédaction',
    },
  },
  entityKinds: {
    person: 'Personne',
    organization: 'Organisation',
    country: 'Pays',
    place: 'Lieu',
    mission: 'Mission',
  },
  entityKindsPlural: {
    person: 'Personnes',
    organization: 'Organisations',
    country: 'Pays',
    place: 'Lieux',
    mission: 'Missions',
  },
};

// Dates and numbers come from the formatter as they are (Intl already spaces them).
export const fr: Catalogue = { ...withFrenchSpacing(words), format };
