//! Messages about the living parts telling the truth: a fact that contradicts another or
//! its own dates, a list that is not whole, a fact without its source, and what must not
//! be published.

use super::Msg;

/// The number as written.
pub(crate) const ORG_NUMBER_PERSONAL: Msg = Msg::new(
    "\"{}\" är ett personnummer, inte ett organisationsnummer, och får inte publiceras",
    "\"{}\" is a personal identity number, not an organisation number, and must not be published",
);
pub(crate) const ORG_NUMBER_PERSONAL_HINT: Msg = Msg::new(
    "ett personnummer pekar ut en person och hör inte hemma i en lista som publiceras; skriv organisationens eget nummer (tredje och fjärde siffran är 20 eller mer), eller lämna fältet tomt",
    "a personal identity number points to a person and does not belong in a list that is published; write the organisation's own number (its third and fourth digits are 20 or more), or leave the field empty",
);
/// Shown between a file and a line number: `content/alfa/_index.md, rad 6`.
pub(crate) const LINE_WORD: Msg = Msg::new("rad", "line");
/// The date.
pub(crate) const HAPPENED_IN_FUTURE: Msg = Msg::new(
    "datumet {} har inte kommit än, men det som står här har redan hänt",
    "the date {} has not come yet, but what is written here has already happened",
);
pub(crate) const HAPPENED_IN_FUTURE_HINT: Msg = Msg::new(
    "skriv datumet då det hände; det som är planerat hör hemma i handlingsplanen (plan.yaml, med due) eller i texten",
    "write the date on which it happened; what is planned belongs in the action plan (plan.yaml, with due) or in the text",
);
/// How many earlier versions.
pub(crate) const IN_FORCE_UNDATED: Msg = Msg::new(
    "överenskommelsen har {} tidigare version(er), men den version som gäller har inget datum (revised eller adopted)",
    "the compact has {} earlier version(s), but the version in force has no date (revised or adopted)",
);
pub(crate) const IN_FORCE_UNDATED_HINT: Msg = Msg::new(
    "skriv revised: med datumet då den version som gäller antogs (eller adopted: om den aldrig har reviderats), så att versionerna kan ordnas",
    "write revised: with the date on which the version in force was adopted (or adopted: if it was never revised), so that the versions can be put in order",
);
/// The version's date.
pub(crate) const VERSION_IN_FUTURE: Msg = Msg::new(
    "versionen {} har ett datum som inte har kommit än",
    "the version {} is dated after today",
);
/// The version's date, the date in force, where that is written.
pub(crate) const VERSION_AFTER_IN_FORCE: Msg = Msg::new(
    "den tidigare versionen {} är nyare än den version som gäller ({}, {})",
    "the earlier version {} is newer than the version in force ({}, {})",
);
/// The version's date, the date in force, where that is written.
pub(crate) const VERSION_SAME_AS_IN_FORCE: Msg = Msg::new(
    "den tidigare versionen {} kan inte skiljas från den version som gäller ({}, {}): de har samma datum",
    "the earlier version {} cannot be told apart from the version in force ({}, {}): they have the same date",
);
pub(crate) const VERSION_ORDER_HINT: Msg = Msg::new(
    "en mapp under versions/ är en äldre version, och överenskommelsens egen mapp är den som gäller: rätta datumet i mappens namn eller i revised, eller flytta den nyaste texten till överenskommelsens egen mapp",
    "a folder under versions/ is an older version, and the compact's own folder is the one in force: correct the date in the folder's name or in revised, or move the newest text into the compact's own folder",
);
/// The two dates.
pub(crate) const VERSIONS_SAME_DATE: Msg = Msg::new(
    "versionerna {} och {} kan vara samma dag och går inte att ordna",
    "the versions {} and {} may be the same day and cannot be put in order",
);
pub(crate) const VERSION_SAME_HINT: Msg = Msg::new(
    "två versioner med samma datum är samma version: slå ihop mapparna, eller skriv hela datumen (ÅÅÅÅ-MM-DD) så att de skiljer sig",
    "two versions with the same date are the same version: merge the folders, or write whole dates (YYYY-MM-DD) that tell them apart",
);
/// The status, where it is written.
pub(crate) const REPLACED_YET_IN_FORCE: Msg = Msg::new(
    "replaced_by säger att överenskommelsen är ersatt, men status är {} ({})",
    "replaced_by says the compact was replaced, but its status is {} ({})",
);
pub(crate) const REPLACED_YET_IN_FORCE_HINT: Msg = Msg::new(
    "en ersatt överenskommelse gäller inte längre: skriv status: ended (eller halted), eller ta bort replaced_by",
    "a replaced compact is no longer in force: write status: ended (or halted), or remove replaced_by",
);
pub(crate) const REPLACED_BY_ITSELF: Msg = Msg::new(
    "replaced_by pekar på överenskommelsen själv",
    "replaced_by names the compact itself",
);
pub(crate) const REPLACED_BY_BOTH: Msg = Msg::new(
    "replaced_by har både compact och url, men kan bara länka till det ena",
    "replaced_by has both compact and url, but can link to only one",
);
pub(crate) const REPLACED_BY_BOTH_HINT: Msg = Msg::new(
    "skriv compact om den nya överenskommelsen finns på webbplatsen, annars url; ta bort det andra",
    "write compact when the new agreement is on the site, url otherwise; remove the other",
);
/// How many principle files.
pub(crate) const UNPUBLISHED_BUT_HERE: Msg = Msg::new(
    "principles_published: false säger att principerna inte finns här, men mappen har {} principfil(er)",
    "principles_published: false says the principles are not here, but the folder has {} principle file(s)",
);
pub(crate) const UNPUBLISHED_BUT_HERE_HINT: Msg = Msg::new(
    "ta bort principles_published när principerna finns i principles/",
    "remove principles_published when the principles are in principles/",
);
pub(crate) const LIST_SOURCE_WITHOUT_LIST: Msg = Msg::new(
    "signatories_source säger var listan över anslutna kommer ifrån, men listan (signatories.csv) har ingen organisation",
    "signatories_source says where the list of signatories comes from, but the list (signatories.csv) has no organisation",
);
pub(crate) const LIST_SOURCE_WITHOUT_LIST_HINT: Msg = Msg::new(
    "skriv organisationerna i signatories.csv, en per rad, eller ta bort signatories_source om listan inte ska visas",
    "write the organisations in signatories.csv, one a row, or remove signatories_source if the list is not to be shown",
);
pub(crate) const PARTIAL_WITHOUT_LIST: Msg = Msg::new(
    "signatories_complete: false säger att listan inte är fullständig, men det finns ingen lista och inget antal",
    "signatories_complete: false says the list is not complete, but there is no list and no count",
);
pub(crate) const PARTIAL_WITHOUT_LIST_HINT: Msg = Msg::new(
    "lägg till signatories.csv med de organisationer som är kända, eller ta bort signatories_complete",
    "add signatories.csv with the organisations that are known, or remove signatories_complete",
);
/// The name, the first row, the second row.
pub(crate) const SIGNATORY_TWICE: Msg = Msg::new(
    "organisationen \"{}\" står två gånger i listan: på rad {} och rad {}",
    "the organisation \"{}\" is in the list twice: on line {} and line {}",
);
/// The number, the first row, the second row.
pub(crate) const ORG_NUMBER_TWICE: Msg = Msg::new(
    "organisationsnumret {} står två gånger i listan: på rad {} och rad {}",
    "the organisation number {} is in the list twice: on line {} and line {}",
);
pub(crate) const SIGNATORY_TWICE_HINT: Msg = Msg::new(
    "varje organisation står på en rad och räknas en gång: ta bort den ena raden; har den anslutit sig på nytt, skriv bara det nya datumet i anslöt",
    "each organisation has one row and is counted once: remove one of the rows; if it joined again, write only the new date in joined",
);
/// The name, the date it left.
pub(crate) const LEFT_IN_FUTURE: Msg = Msg::new(
    "organisationen \"{}\" lämnade {}, ett datum som inte har kommit än",
    "the organisation \"{}\" left on {}, a date that has not come yet",
);
pub(crate) const LEFT_IN_FUTURE_HINT: Msg = Msg::new(
    "skriv datumet i lämnade när organisationen har lämnat; till dess är den ansluten",
    "write the date in left once the organisation has left; until then it is a member",
);
/// The name.
pub(crate) const NAME_LIKE_FORMULA: Msg = Msg::new(
    "namnet \"{}\" börjar med ett tecken som ett kalkylprogram läser som en formel",
    "the name \"{}\" starts with a sign that a spreadsheet program reads as a formula",
);
pub(crate) const NAME_LIKE_FORMULA_HINT: Msg = Msg::new(
    "namnet publiceras som text (i CSV-filen med en apostrof först, så att inget kalkylprogram räknar på det); är det organisationens namn kan det stå kvar, annars rätta det",
    "the name is published as text (in the CSV file with an apostrophe first, so that no spreadsheet program computes it); if it is the organisation's name it may stay, otherwise correct it",
);
pub(crate) const PLAN_EMPTY_HINT: Msg = Msg::new(
    "skriv åtgärderna som en lista (- title: …), eller ta bort filen om planen inte ska visas",
    "write the actions as a list (- title: …), or remove the file if the plan is not to be shown",
);
/// The title, the first line, the second line.
pub(crate) const ACTION_TWICE: Msg = Msg::new(
    "åtgärden \"{}\" står två gånger i handlingsplanen: på rad {} och rad {}",
    "the action \"{}\" is in the action plan twice: on line {} and line {}",
);
pub(crate) const ACTION_TWICE_HINT: Msg = Msg::new(
    "varje åtgärd står en gång och räknas en gång: ta bort den ena, eller ge dem titlar som skiljer dem åt",
    "each action is written and counted once: remove one, or give them titles that tell them apart",
);
/// The title, its status, its done date.
pub(crate) const ACTION_OPEN_BUT_DONE: Msg = Msg::new(
    "åtgärden \"{}\" har status {} men också ett datum då den blev klar (done: {})",
    "the action \"{}\" has status {} but also a date on which it was done (done: {})",
);
pub(crate) const ACTION_OPEN_BUT_DONE_HINT: Msg = Msg::new(
    "skriv status: done om den är klar, annars ta bort done",
    "write status: done if it is done, otherwise remove done",
);
/// What the fact is (a follow-up, an event …).
pub(crate) const FACT_WITHOUT_SOURCE: Msg = Msg::new("{} saknar källa", "{} has no source");
pub(crate) const FACT_WITHOUT_SOURCE_HINT: Msg = Msg::new(
    "webbplatsen kräver en källa för varje uppgift (require_sources i site.yaml): skriv url: med adressen där det står, eller source: med dokumentet i ord",
    "the site asks for a source of every fact (require_sources in site.yaml): write url: with the address where it is told, or source: with the document in words",
);
pub(crate) const FACT_EVENT: Msg = Msg::new("händelsen", "the event");
pub(crate) const FACT_FOLLOWUP: Msg = Msg::new("uppföljningen", "the follow-up");
pub(crate) const FACT_COUNT: Msg = Msg::new("antalet anslutna", "the number of signatories");
pub(crate) const FACT_REPLACEMENT: Msg = Msg::new("replaced_by", "replaced_by");
pub(crate) const FACT_VERSION: Msg = Msg::new("versionen", "the version");
pub(crate) const FOLLOW_UP_EVERY_ZERO: Msg = Msg::new(
    "follow_up_every_years: 0 säger att uppföljningar aldrig kommer",
    "follow_up_every_years: 0 says follow-ups never come",
);
pub(crate) const FOLLOW_UP_EVERY_ZERO_HINT: Msg = Msg::new(
    "skriv hur många år det går mellan uppföljningarna (1 för varje år), eller ta bort raden om beslutet inte säger det",
    "write how many years pass between follow-ups (1 for every year), or remove the line if the decision does not say",
);
/// The link as written.
pub(crate) const ACTION_UNSAFE_LINK: Msg = Msg::new(
    "länken \"{}\" i åtgärdens text visas som text: den är ingen webb-, e-post- eller telefonlänk",
    "the link \"{}\" in the action's text is shown as text: it is not a web, e-mail or telephone link",
);
pub(crate) const ACTION_UNSAFE_LINK_HINT: Msg = Msg::new(
    "skriv en adress som börjar med https://, mailto: eller tel:, eller en länk inom webbplatsen",
    "write an address that starts with https://, mailto: or tel:, or a link within the site",
);
pub(crate) const KEPT_AT_WITHOUT_UNPUBLISHED: Msg = Msg::new(
    "kept_at säger var det som inte publiceras här finns, men varken principles_published eller text_published är false",
    "kept_at says where what is not published here is kept, but neither principles_published nor text_published is false",
);
pub(crate) const KEPT_AT_HINT: Msg = Msg::new(
    "skriv principles_published: false (eller text_published: false) för det som finns men inte publiceras här, eller ta bort kept_at",
    "write principles_published: false (or text_published: false) for what exists but is not published here, or remove kept_at",
);
pub(crate) const FULL_LIST_OF_COMPLETE: Msg = Msg::new(
    "signatories_full_list säger var den fullständiga listan finns, men signatories_complete säger att listan här är fullständig",
    "signatories_full_list says where the full list is kept, but signatories_complete says the list here is complete",
);
pub(crate) const FULL_LIST_HINT: Msg = Msg::new(
    "skriv signatories_complete: false om listan här bara har en del av organisationerna, annars ta bort signatories_full_list",
    "write signatories_complete: false if the list here holds only some of the organisations, otherwise remove signatories_full_list",
);
pub(crate) const VERSION_SOURCES_HINT: Msg = Msg::new(
    "webbplatsen kräver en källa för varje uppgift (require_sources i site.yaml): skriv under sources: det dokument versionen finns i, med url: där den är publicerad",
    "the site asks for a source of every fact (require_sources in site.yaml): write under sources: the document the version is in, with url: where it is published",
);
