/**
 * Katalòg kreyòl ayisyen an: menm kle ak katalòg angle a (en.ts), nan mo yon
 * moun k ap li an kreyòl. Si yon kle manke, `astro check` ap echwe.
 * Non mwa yo soti nan lokal `ht` date-fns (Intl pa konnen kreyòl).
 */
import type { Catalogue } from './en.ts';
import { makeFormatter } from './format.ts';

const format = makeFormatter('ht', (count) => `anviwon ${count}`);

export const ht: Catalogue = {
  lang: 'ht',
  languageName: 'Kreyòl ayisyen',
  ogLocale: 'ht_HT',
  format,
  citation: (site, page, url, lastUpdated) =>
    `${site}, « ${page} »${lastUpdated ? `, done yo jiska ${format.fullDate(lastUpdated)}` : ''}, ${url}. Chif yo jan atik yo site a bay yo.`,
  citeFigure: {
    title: (what, date) => `${what}, ${date}`,
    citation: (site, title, from, published, permalink) =>
      `${site}: ${title}. Sous: ${from}, ${published}. ${permalink}`,
  },
  downloads: {
    heading: 'Telechaje done yo',
    rows: (rows) => `Chif ki anwo yo, yon chif pa liy: ${rows}.`,
    spreadsheets: '(pou tablo kalkil)',
    programs: '(pou pwogram)',
    images: '{svg} ak {png} (grafik la, ak lejann li ak sous li)',
    everything: 'Tout done pou telechaje, sa chak kolòn vle di, ak lisans lan',
    suggested: 'Kijan pou site l:',
  },
  fundingTotals: {
    entity: 'Aktè',
    pledged: 'Pwomèt',
    disbursed: 'Peye',
    gap: 'Diferans',
    asOf: 'Dat',
  },
  nav: {
    articles: 'Atik',
    timeline: 'Kronoloji',
    entities: 'Aktè ak kote',
    deployments: 'Deplwaman',
    funding: 'Finansman',
    about: 'Apwopo',
    search: 'Chèche',
    data: 'Done pou telechaje',
    feed: 'Fil RSS',
  },
  skipLink: 'Ale dirèk nan kontni an',
  siteDescription:
    'Yon swivi ki bay sous chak enfòmasyon sou Misyon Miltinasyonal Sipò Sekirite (MSS) an Ayiti, Kenya ap dirije: sa k te pase ak ki lè, ki moun ki ladan l, konbyen polis ak sòlda chak peyi te pwomèt e te voye.',
  feedTitle: 'MSS Haiti Tracker: dènye atik yo',
  header: {
    languages: 'Lang',
    searchLabel: 'Chèche sou sit la',
    searchPlaceholder: 'Chèche',
    searchButton: 'Chèche',
    mainNav: 'Meni prensipal',
  },
  footer: {
    about:
      'yon swivi kòd louvri sou Misyon Miltinasyonal Sipò Sekirite an Ayiti, Kenya ap dirije. Chak chif site dapre atik ki bay li a.',
    licence: 'Kòd la anba lisans MIT. Tèks atik yo se pou piblikatè yo; nou site yo kòm referans.',
    method: 'Sous ak metòd',
    nav: 'Anba paj la',
  },
  eventKinds: {
    visit: 'Vizit',
    deployment: 'Deplwaman',
    diplomacy: 'Diplomasi',
    'un-action': 'Aksyon Nasyonzini',
    security: 'Sekirite',
    funding: 'Finansman',
    statement: 'Deklarasyon',
    other: 'Lòt',
  },
  deploymentStatus: {
    pledged: 'Pwomèt',
    announced: 'Anonse',
    deployed: 'Deplwaye',
    withdrawn: 'Retire',
  },
  personnel: { police: 'Polis', military: 'Militè', mixed: 'Polis ak militè' },
  mandateAction: { authorised: 'otorize', renewed: 'renouvle', expires: 'ap fini', ended: 'fini' },
  mandateEvent: (mission, action, until) =>
    `${mission}: manda a ${action}${until ? ` (jiska ${until})` : ''}`,
  fundingStatus: { pledged: 'Pwomèt', disbursed: 'Peye' },
  table: {
    date: 'Dat',
    figure: 'Chif',
    amount: 'Montan',
    status: 'Estati',
    personnel: 'Efektif',
    source: 'Sous ak sitasyon',
  },
  flags: { approximate: 'apeprè', conflict: 'sous yo pa dakò' },
  chart: {
    conflict: 'sous yo pa dakò',
    scrolls: (title) => `${title} (sou ti ekran, li glise sou kote)`,
    timeAxis: 'Dat chif la konsène (yon dat ki pa konplè mete nan kòmansman peryòd li)',
    series: 'Seri',
    shapes: 'Fòm mak yo',
    approximate: 'Apeprè (mak vid)',
    disagree: 'Sous yo pa dakò',
    personnelShapes: {
      deployed: 'Deplwaye (sou teren an; yon liy mare yo)',
      pledged: 'Pwomèt',
      announced: 'Anonse',
      withdrawn: 'Retire',
    },
    moneyShapes: { disbursed: 'Peye (yon liy mare yo)', pledged: 'Pwomèt' },
    countStatus: (count, status) =>
      `${count} ${{ pledged: 'pwomèt', announced: 'anonse', deployed: 'deplwaye', withdrawn: 'retire' }[status]}`,
  },
  timeline: {
    eras: 'Peryòd manda a',
    eraSpan: '{mission}: {from} – {until}',
    eraStatement: '{action}, {date}: {quote} {source}',
    ceiling: (count) => `limit ki otorize: ${count}`,
    kind: 'Kalite',
    filters: 'Filt kronoloji a',
    byYear: 'Pa ane',
    byKind: 'Pa kalite',
    all: 'Tout',
    involved: 'Ki moun ki ladan l',
    sources: (count) => (count === 1 ? 'Sous:' : `${count} sous:`),
    pages: 'Paj kronoloji a',
    earlier: '← Pi ansyen',
    later: 'Pi resan →',
    download: 'Telechaje tout evènman yo an {json}.',
    noMonth: (year) => `${year}, san mwa`,
    title: 'Kronoloji',
    description:
      'Tout evènman misyon MSS la atik nou swiv yo rapòte, ak dat yo osi presi ke sous yo bay yo.',
    heading: 'Kronoloji',
    introSingle: (events) =>
      `Tout ${events} evènman atik yo rapòte, pi ansyen an premye. Chak evènman parèt yon sèl fwa, ak tout atik ki pale de li.`,
    introPaged: (events, years) =>
      `${events} evènman sou ${years} ane. Chwazi yon ane oswa yon kalite pi ba a.`,
    yearHeading: (year) => `Kronoloji: ${year}`,
    kindHeading: (kind) => `Kronoloji: ${kind}`,
    pageDescription: (heading) => `${heading} — evènman misyon MSS la an Ayiti.`,
    pageOf: (heading, page) => `${heading}, paj ${page}`,
    count: (events) => `${events} evènman, pi ansyen an premye.`,
    none: 'Poko gen okenn evènman ki anrejistre.',
  },
  bars: {
    heading: (currency) => `Pwomès ak peman, an ${currency}`,
    title: (currency) =>
      `Dènye pwomès ak dènye peman chak donatè bay chak benefisyè, an ${currency}`,
    description:
      'Chak ba se yon donatè ak yon benefisyè: kontou an pwentiye a se dènye pwomès la, ba plen an se dènye peman an; diferans lan se pati kontou a ki rete vid. Chak ba mennen nan sous li; tablo ki pi ba yo bay menm chif yo.',
    pledged: 'Dènye pwomès',
    disbursed: 'Dènye peman',
    gap: (amount) => `diferans ${amount}`,
    over: (amount) => `${amount} plis pase pwomès la`,
    paid: 'pwomès la peye nèt',
    noDisbursement: 'okenn peman pa rapòte',
    pledgedTitle: (amount, quote) => `Pwomèt: ${amount}. « ${quote} »`,
    disbursedTitle: (amount, quote) => `Peye: ${amount}. « ${quote} »`,
  },
  strength: {
    axis: 'Efektif sou teren an',
    legend: 'Peyi ki kontribye ak manda a',
    ceiling: 'Limit ki otorize',
    band: 'Peryòd manda a',
    bandUntil: 'Manda jiska',
    tableCaption: 'Efektif sou teren an nan chak dat ki rapòte, pa peyi',
    tableCaptionLatest: (shown, total) =>
      `Efektif sou teren an nan ${shown} dènye dat sou ${total} ki rapòte, pa peyi (done pou telechaje yo gen tout chif yo)`,
    date: 'Dat',
    total: 'Total sou teren an',
    parts: 'Pa peyi (chak chif nan pwòp dat li)',
    ceilingColumn: 'Limit ki otorize',
    noCeiling: 'pa di',
    heading: 'Efektif yo fas a manda a',
    chartTitle: 'Efektif sou teren an fas a limit ki otorize a',
    chartDescription:
      'Mach ki anpile: total sou teren an, yon kouch pou chak peyi, chak peyi ak dènye chif deplwaman li. Liy nwa an tirè a se limit ki otorize a, liy pwentiye a se total ki pwomèt la; bann gri yo se peryòd manda a. Chak mak mennen nan sous li; tablo ki pi ba a bay menm total yo.',
    partTitle: (name, count, date, quote) =>
      `${name}: ${count} sou teren an, ${date}. « ${quote} »`,
    ceilingTitle: (ceiling, date, quote) => `Limit ki otorize: ${ceiling}, ${date}. « ${quote} »`,
    pledgeTitle: (name, count, date, quote) => `${name}: ${count} pwomèt, ${date}. « ${quote} »`,
    pledged: 'Total ki pwomèt',
    bandLabel: (until) => `Manda jiska ${until}`,
    history: 'Istwa manda a',
  },
  cite: 'Site',
  home: {
    heading: 'Swiv Misyon Miltinasyonal Sipò Sekirite an Ayiti',
    lede: 'Sa k te pase ak ki lè, ki moun ki ladan l, konbyen polis ak sòlda chak peyi te pwomèt ak konbyen yo te voye vre — chak chif mare ak fraz ki rapòte l la.',
    updated: 'Dènye mizajou:',
    numbers: 'Misyon an an chif',
    totals: (countries, events, articles) =>
      `${countries} peyi gen efektif yo rapòte sou teren an · ${events} evènman ak dat · ${articles} atik`,
    allPersonnel: 'Tout chif efektif yo, ak grafik la ak sous yo',
    someCountries: (shown, total) => `${shown} peyi ki gen pi gwo chif yo, sou ${total}.`,
    someFlows: (shown, total) => `${shown} pi gwo pwomès yo, sou ${total} donatè ak benefisyè.`,
    money: 'Lajan ki pwomèt ak lajan ki peye',
    allFunding: 'Tout chif finansman yo, ak sous yo',
    latest: 'Dènye atik yo',
    allArticles: (count) => `Tout ${count} atik yo`,
  },
  notTranslated: 'poko tradui',
  about: {
    title: 'Apwopo: sous ak metòd',
    description: 'Kijan sit la ranmase, verifye epi montre sa laprès rapòte sou misyon MSS la.',
    heading: 'Sous ak metòd',
    intro: (site) =>
      `${site} swiv Misyon Miltinasyonal Sipò Sekirite (MSS) an Ayiti, Kenya ap dirije, atravè atik laprès ki pale de li. Chak atik konsève nan yon fichye; tout lòt bagay sou sit la — chif yo, evènman yo, moun ak peyi ki ladan l — soti nan fichye sa yo lè y ap konstwi sit la.`,
    quoteHeading: 'Chak fè chita sou yon sitasyon',
    quote:
      'Pou anrejistre yon chif (« 400 polis kenyan deplwaye an jen 2024 ») oswa yon evènman, editè a dwe kopye fraz atik la ki di l. Lè y ap konstwi sit la, yo verifye chak sitasyon vrèman nan tèks atik la (san konte espas, gilmè ak fòm ekriti), epi yo refize pibliye sa ki pa ladan l. Bò kote chak chif, ou ka li mo li soti ladan yo epi swiv lyen an pou rive nan atik la.',
    datesHeading: 'Dat osi presi ke tèks la',
    dates:
      'Lè yon atik di « an jiyè 2023 », sit la anrejistre jiyè 2023, li pa envante yon jou. Se sa k fè dat yo parèt « 2021 », « jiyè 2023 » oswa « 21 septanm 2024 », epi yon dat ki mwens presi vini anvan jou ki ladan l yo.',
    inferredHeading: 'Sa editè yo dedui make klè',
    inferred:
      'Gen tèks ki pa gen tit ni dat, oswa ki di « samdi » oswa « semèn pase ». Lè editè yo bay yon valè konsa (yon tit, yon dat piblikasyon, yon jou yo kalkile apati « samdi », yon mwa pou yon chif ki pa gen dat), sit la make l {mark} epi li montre nòt editè yo ki esplike kijan yo li l, bò kote valè a: sou paj atik yo, nan kronoloji a, nan tablo ak kat yo, nan ti bwat grafik yo, ak nan kolòn {inferred} ak {note} done pou telechaje yo.',
    personnelHeading: 'Sa chif efektif yo vle di',
    pledged: 'Yon gouvènman pwomèt pou l voye yon sèten kantite moun.',
    announced: 'Yon gwoup yo anonse ki gen pou vini: l ap fè fòmasyon oswa li gen dat pou l vini.',
    deployed:
      'Efektif yo di ki sou teren an nan dat sa a — yon total pou peyi a, se pa yon ogmantasyon.',
    withdrawn: 'Efektif yo di ki ale.',
    hedged:
      'Chif tèks la pa bay egzak (« prèske 400 », « anviwon de douzèn ») make apeprè. Lè de atik bay diferan chif pou menm peyi, menm dat ak menm estati, nou kenbe tou de epi nou montre yo youn bò kote lòt; sit la pa janm fè mwayèn ni jete yon chif.',
    strengthHeading: 'Efektif yo fas a manda a',
    strength:
      'Total sou teren an se dènye chif deplwaman chak peyi mete ansanm, nan chak dat youn ladan yo rapòte; lè dènye chif yon peyi pi ansyen pase total la, sit la bay pwòp dat pa li. Limit ki otorize a ak fen manda a soti nan sa atik yo di sou manda a, chak ak sitasyon li.',
    moneyHeading: 'Lajan',
    money:
      'Lajan ki pwomèt ak lajan ki peye anrejistre menm jan an, chak ak sitasyon li, nan lajan sous la bay la; sit la pa janm konvèti yon lajan an yon lòt. Lè yon atik bay sèlman total yon fon, nou montre yo anba tout donatè fon an ansanm.',
    sourcesHeading: 'Sous',
    count: (count) => `Sit la gen ${count} atik kounye a.`,
    outlets: (list) => `Medya yo nonmen: ${list}.`,
    unnamed: (count) =>
      `${count} atik pa nonmen medya yo nan tèks nou genyen an; se sa k fè nou pa montre okenn.`,
    reading:
      'Lè yon tèks pa bay ni dat ni tit, nou montre lekti editè yo pou sa li ye, ak nòt yo; nou pa janm devine medya, otè oswa chif.',
    licence:
      'Tèks atik yo se pou piblikatè yo; nou site yo isit la kòm referans. Kòd sit la louvri, anba lisans MIT; done li ranmase yo pibliye anba lisans CC BY 4.0 (gade {data}).',
    dataLink: 'Done',
    contributingHeading: 'Kontribye',
    contributing:
      'Nenpòt moun ka ajoute yon atik lè l voye yon fichye markdown; fichye CONTRIBUTING.md pwojè a esplike fòma a. Kòmanse ak {list} pou w wè sa ki deja la. Tradiktè yo ap jwenn sa ki manke nan chak lang sou {translations}.',
    listLink: 'lis atik yo',
    translationsLink: 'paj tradiksyon yo',
  },
  pagination: { newer: '← Pi resan', older: 'Pi ansyen →', page: (page) => `Paj ${page}` },
  articles: {
    heading: 'Atik',
    description: 'Tout atik laprès nou swiv yo, depi pi resan an.',
    lede: (count) => `${count} atik laprès sou misyon an, depi pi resan an.`,
    pageOf: (page, pages) => `Paj ${page} sou ${pages}.`,
    pageTitle: (page) => `Atik, paj ${page}`,
    pages: 'Paj atik yo',
  },
  deployments: {
    title: 'Deplwaman',
    description:
      'Konbyen polis ak sòlda chak peyi te pwomèt ak konbyen yo te voye vre nan misyon MSS la an Ayiti, chak chif ak sous li.',
    datasetDescription:
      'Konbyen polis ak sòlda chak peyi te pwomèt e te voye nan misyon MSS la an Ayiti, ak sa manda a te otorize, chak chif ak sous li.',
    heading: 'Efektif: pwomèt ak deplwaye',
    intro: (count) =>
      `Konbyen polis ak sòlda chak peyi pwomèt misyon an, ak konbyen ki sou teren an — ${count} chif ki soti nan atik nou swiv yo, chak mare ak fraz ki di l la. Lè sous yo pa dakò, nou montre tou de chif yo.`,
    byCountry: 'Pa peyi',
    overTime: 'Evolisyon',
    axis: 'Efektif',
    chartTitle: 'Evolisyon efektif chak peyi pwomèt ak deplwaye',
    chartDescription:
      'Liy yo mare total chak peyi deplwaye; fòm lozanj yo se pwomès, triyang yo se gwoup yo anonse. Chak mak mennen nan atik sous li. Tablo ki pi ba a bay menm done yo.',
    everyFigure: 'Tout chif yo, ak sous yo',
    caption: (country, count) => `${country}: ${count} chif`,
    captionLatest: (country, shown, total) =>
      `${country}: ${shown} dènye chif sou ${total} (paj peyi a montre plis; done pou telechaje yo gen tout)`,
    downloadRows:
      'peyi a, dat la ak jan li presi, chif la, estati a ak kalite efektif la, atik sous la ak sitasyon an',
  },
  funding: {
    title: 'Finansman',
    description:
      'Lajan ki pwomèt ak lajan ki peye pou misyon MSS la an Ayiti, pa donatè ak pa benefisyè, chak montan ak sous li.',
    heading: 'Finansman: pwomèt ak peye',
    intro:
      'Ki moun ki te pwomèt misyon an lajan ak sa ki te peye, jan atik yo rapòte l. Chak montan mennen nan fraz ki di l la. Montan yo bay nan lajan sous la itilize a, yo pa janm konvèti.',
    none: 'Poko gen okenn montan ki anrejistre.',
    byFlow: 'Pa donatè ak benefisyè',
    overTime: (currency) => `Evolisyon, an ${currency}`,
    chartTitle: (currency) => `Evolisyon lajan ki pwomèt ak lajan ki peye, an ${currency}`,
    chartDescription:
      'Lozanj yo se pwomès, wonn yo se peman (yon liy mare yo pou chak donatè ak benefisyè). Chak mak mennen nan atik sous li; tablo ki pi ba yo bay menm chif yo.',
    totals: 'Total',
    byDonor: 'Pa donatè (dènye chif chak transfè, pa lajan)',
    byRecipient: 'Pa benefisyè (dènye chif chak transfè, pa lajan)',
    amountsHeading: 'Montan yo rapòte, ak sous yo',
    flowCaption: (flow, shown, total) =>
      shown < total
        ? `${flow}: ${shown} dènye montan sou ${total} (done pou telechaje yo gen yo tout)`
        : flow,
    downloadRows:
      'donatè a ak benefisyè a, dat la ak jan li presi, montan an, lajan an ak estati a, atik sous la ak sitasyon an',
  },
  notFound: {
    title: 'Nou pa jwenn paj la',
    description: 'Paj sa a pa egziste.',
    heading: 'Nou pa jwenn paj la',
    text: 'Pa gen paj nan adrès sa a. Petèt li te deplase, oswa gen yon erè nan lyen an.',
    home: 'Ale nan paj dakèy la',
    articles: 'Gade tout atik yo',
  },
  search: {
    title: 'Chèche',
    description: 'Chèche nan atik, aktè ak evènman MSS Haiti Tracker.',
    intro:
      'Chèche nan paj an kreyòl yo: chak aktè, chak kote ak chak atik ki ekri an kreyòl. Ou ka filtre rezilta yo pa kalite.',
    label: 'Chèche atik, aktè ak evènman',
    filter: { name: 'kalite', article: 'atik', entity: 'aktè oswa kote', event: 'evènman' },
    otherLanguages: 'Chèche nan yon lòt lang:',
    noScript: 'Pou chèche, fòk JavaScript mache. San li, gade:',
    ui: {
      placeholder: 'Chèche atik, moun, kote, evènman',
      clear_search: 'Efase',
      load_more: 'Plis rezilta',
      search_label: 'Chèche sou sit la',
      filters_label: 'Filt',
      zero_results: 'Pa gen rezilta pou [SEARCH_TERM]',
      many_results: '[COUNT] rezilta pou [SEARCH_TERM]',
      one_result: '[COUNT] rezilta pou [SEARCH_TERM]',
      alt_search: 'Pa gen rezilta pou [SEARCH_TERM]. Men rezilta pou [DIFFERENT_TERM] pito',
      search_suggestion: 'Pa gen rezilta pou [SEARCH_TERM]. Eseye youn nan rechèch sa yo:',
      searching: 'N ap chèche [SEARCH_TERM]…',
    },
  },
  entities: {
    title: 'Aktè ak kote',
    description: 'Moun, òganizasyon, peyi, kote ak misyon ki nan nouvèl sou misyon MSS la.',
    intro:
      'Moun, òganizasyon, peyi, kote ak misyon atik yo nonmen, sa yo site plis yo an premye. Yon atik site yon aktè lè non l oswa youn nan lòt fason yo ekri l parèt nan tèks la, oswa lè editè yo make l.',
    kinds: 'Kalite aktè',
    download: 'Telechaje tout aktè yo, ak konbyen fwa yo site yo, an {json}.',
  },
  entity: {
    feedChannelTitle: (name, site) => `${name} · ${site}`,
    feedChannelDescription: (name, site) => `Atik ki pale de ${name}, nan ${site}.`,
    defaultDescription: (name) => `${name} nan MSS Haiti Tracker`,
    bodyNotTranslated: 'Tèks sa a poko tradui; li la an angle.',
    feedTitle: (name) => `Atik ki site ${name}`,
    events: 'Evènman',
    latestEvents: (shown, total) =>
      `${shown} dènye evènman sou ${total}; {timeline} a gen yo tout.`,
    timelineLink: 'kronoloji',
    noArticles: (name) => `Poko gen atik ki site ${name}.`,
    related: 'Yo site yo souvan ansanm',
    country: 'Peyi',
    aliases: 'Lòt fason pou ekri l',
    mentionedIn: 'Site nan',
    articles: (count) => `${count} atik`,
    feed: 'Fil',
    latestArticles: (shown, total) => `${shown} dènye atik sou ${total}.`,
    tagged: 'Editè yo make l; tèks la pa nonmen l.',
    shared: (count) => `${count} atik ansanm`,
    personnel: 'Chif efektif',
    personnelOverTime: (name) => `Evolisyon efektif ${name}`,
    personnelDescription: (name) =>
      `Efektif ${name} pwomèt, anonse ak deplwaye; chak mak mennen nan sous li. Tablo ki pi ba a bay menm chif yo.`,
    personnelCaption: (name) => `Chif efektif ${name}, pi ansyen an premye`,
    personnelCaptionLatest: (name, shown, total) =>
      `Chif efektif ${name}: ${shown} dènye sou ${total}, pi ansyen an premye`,
    compare: 'Konpare ak tout peyi yo',
    mandateShown: (shown, total) =>
      `${shown} dènye deklarasyon sou ${total}; mandates.csv gen tout.`,
    strengthLink: 'ak chak total ak sous li',
    funding: 'Finansman',
    allFunding: 'Tout chif finansman yo',
  },
  article: {
    otherTitles: 'Tit la nan lòt lang',
    by: (author) => `Pa ${author}`,
    published: 'Pibliye',
    readingTime: (minutes) => `${minutes} minit lekti`,
    original: 'Li atik orijinal la',
    contributes: 'Sa atik sa a pote',
    events: 'Evènman li rapòte',
    who: 'Ki moun ak ki sa',
    entities: 'Aktè ki nan atik sa a',
    more: 'Lòt atik',
    older: 'Pi ansyen',
    newer: 'Pi resan',
    onTimeline: 'Nan kronoloji a',
  },
  figureItems: {
    personnel: (kind, country) => `${kind} ki soti ${country}`,
    money: (donor, recipient) => (recipient ? `${donor} bay ${recipient}` : `Soti nan ${donor}`),
    mandate: (action, by) => `${action}${by ? ` pa ${by}` : ''}`,
    ceiling: (count) => `Limit: ${count} moun`,
    until: (date) => `jiska ${date}`,
    sections: {
      figures: 'Chif nan atik sa a',
      money: 'Lajan nan atik sa a',
      mandates: 'Manda nan atik sa a',
    },
  },
  countryCards: {
    about: 'anviwon',
    onGround: 'sou teren an {date} ({source})',
    source: 'sous',
    sourceLabel: 'Sous',
    noneDeployed: 'Poko gen chif deplwaman ki rapòte.',
    pledged: '{count} pwomèt ({date})',
    shareDeployed: (share) => `${share} nan pwomès la deplwaye`,
  },
  flowCards: {
    to: 'bay',
    pledged: '{amount} pwomèt ({date})',
    disbursed: '{amount} peye ({date})',
    gap: (gap, share) => `Diferans: ${gap} poko peye (${share} nan pwomès la peye)`,
    over: (amount, share) => `${amount} peye plis pase dènye pwomès la (${share} ladan l)`,
    paid: 'Dènye pwomès la peye nèt.',
  },
  strengthLine: {
    withCeiling:
      'Anviwon {total} moun sou {ceiling} ki otorize yo sou teren an ({share} nan limit la, {date}',
    withoutCeiling: 'Anviwon {total} moun sou teren an ({date}',
    manyOlder: (older, all) => `; chif ${older} peyi sou ${all} pi ansyen pase sa`,
    includes: '; ladan yo ',
    and: ' ak ',
    partAsOf: '{name} {date}',
    close: ')',
    mandateEnd: '; dènye fen manda {mission} atik yo bay: {until} (dat deklarasyon an: {stated})',
    mandateEndInferred:
      '; dènye fen manda {mission} atik yo bay: {until} (dat deklarasyon an: {stated}, jan editè yo li l)',
  },
  citeChart: 'Site grafik sa a',
  siteTitle: 'MSS Haiti Tracker',
  card: {
    homeKicker: 'Misyon Miltinasyonal Sipò Sekirite an Ayiti',
    deploymentsTitle: 'Efektif pwomèt ak deplwaye',
    fundingTitle: 'Finansman: pwomèt ak peye',
    timelineTitle: 'Kronoloji misyon an',
    strength: (total, ceiling) =>
      ceiling
        ? `Anviwon ${total} moun sou ${ceiling} ki otorize sou teren an`
        : `Anviwon ${total} moun sou teren an`,
    counts: (articles, events) =>
      `${format.number(articles)} atik, ${format.number(events)} evènman`,
    countries: (count) => `${count} peyi ki kontribye`,
    money: (pledged, disbursed) => `${pledged} pwomèt, ${disbursed} peye`,
    noMoney: 'Poko gen montan ki anrejistre',
    otherCurrencies: (count) => `ak montan nan ${count} lòt lajan`,
    events: (count) => `${format.number(count)} evènman ak dat, chak ak sous li`,
    deployed: (count, date) => `${count} moun deplwaye, ${date}`,
    mentions: (count) => `Site nan ${format.number(count)} atik`,
  },
  corrections: {
    heading: 'Koreksyon',
    corrected: 'Korije',
    fields: {
      count: 'chif la',
      amount: 'montan an',
      currency: 'lajan an',
      date: 'dat la',
      quote: 'sitasyon an',
      ceiling: 'limit la',
      until: 'dat fen an',
      title: 'tit la',
    },
    change: (field, was, now) =>
      now === undefined ? `${field} te ${was}` : `${field} te ${was}, kounye a ${now}`,
    kinds: {
      figure: 'Chif korije',
      removed: 'Chif retire',
      event: 'Evènman korije',
      title: 'Tit korije',
    },
    commit: 'Mesaj chanjman an',
    unavailable: (reason) =>
      `Istwa a pa disponib: ${reason}. Koreksyon yo parèt lè yo konstwi sit la ak tout istwa git kontni an.`,
    none: 'Poko gen koreksyon: pa gen chif, dat evènman, sitasyon oswa tit ki pibliye ki chanje.',
    intro:
      'Chak fwa yo chanje yon chif, yon dat evènman, yon sitasyon oswa yon tit apre yo fin pibliye l, ak chak chif yo retire, depi pi resan an. Lis la soti nan istwa git kontni an chak fwa y ap konstwi sit la: anyen pa korije an kachèt.',
    feedTitle: 'MSS Haiti Tracker: koreksyon',
    feedDescription:
      'Chak koreksyon yon chif, yon dat evènman, yon sitasyon oswa yon tit, ak chak chif yo retire.',
    articleGone: 'atik la retire',
    feedLink: 'Fil RSS koreksyon yo',
    feedLatest: (limit) => `(${format.number(limit)} dènye yo)`,
  },
  chartImage: {
    source: (site, url, asOf) => [
      `Sous: ${site}, ${url}${asOf ? ` (done yo ${asOf})` : ''}.`,
      'Sou sit la, chak chif mare ak fraz ki rapòte l la.',
    ],
    strengthSubtitle:
      'Anpile pa peyi, chak ak dènye chif deplwaman li; tirè: limit ki otorize; pwentiye: total ki pwomèt.',
    barsSubtitle:
      'Kontou: dènye pwomès la; plen: dènye peman an. Yo pa janm konvèti yon lajan an yon lòt.',
    downloads: 'Grafik la an imaj:',
  },
  outOfDate: 'ka pa ajou',
  inference: {
    label: 'Editè yo dedui l',
    note: 'Nòt editè yo',
    fields: {
      title: 'Editè yo bay tit la',
      published: 'Editè yo dedui dat piblikasyon an',
      outlet: 'Editè yo bay non medya a',
      author: 'Editè yo bay non otè a',
    },
  },
  entityKinds: {
    person: 'Moun',
    organization: 'Òganizasyon',
    country: 'Peyi',
    place: 'Kote',
    mission: 'Misyon',
  },
  entityKindsPlural: {
    person: 'Moun',
    organization: 'Òganizasyon',
    country: 'Peyi',
    place: 'Kote',
    mission: 'Misyon',
  },
};
