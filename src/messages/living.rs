//! Messages about a compact's living parts: earlier versions, its replacement, the list of
//! organisations that joined, the action plan and the follow-ups; and about their telling
//! the truth: a fact that contradicts another or its own dates, a list that is not whole, a
//! fact without its source, and what must not be published.
use super::Msg;

/// The folder written.
pub(crate) const REPLACED_BY_UNKNOWN: Msg = Msg::new(
    "replaced_by pekar på en överenskommelse som inte finns: \"{}\"",
    "replaced_by names a compact that does not exist: \"{}\"",
);
pub(crate) const REPLACED_BY_HINT: Msg = Msg::new(
    "skriv mappnamnet för en överenskommelse på webbplatsen under compact, eller ange en url till den nya överenskommelsen i stället",
    "write the folder name of a compact on the site under compact, or give a url of the new agreement instead",
);
/// The value as written.
pub(crate) const UNKNOWN_FOLLOWUP_KIND: Msg = Msg::new(
    "okänd sorts uppföljning (kind) \"{}\"",
    "unknown kind of follow-up \"{}\"",
);
pub(crate) const EVERY_YEAR: Msg = Msg::new("varje år", "every year");
/// Years.
pub(crate) const EVERY_N_YEARS: Msg = Msg::new("vart {}:e år", "every {} years");
/// How often, the date of the last follow-up.
pub(crate) const FOLLOWUP_CYCLE_NOT_KEPT: Msg = Msg::new(
    "överenskommelsen ska följas upp {}, men den senaste uppföljningen är från {}",
    "the compact is to be followed up {}, but the last follow-up is from {}",
);
/// How often, the adoption date.
pub(crate) const FOLLOWUP_NEVER: Msg = Msg::new(
    "överenskommelsen ska följas upp {}, men ingen uppföljning finns sedan den antogs {}",
    "the compact is to be followed up {}, but there is no follow-up since it was adopted on {}",
);
pub(crate) const RECORD_FOLLOWUP: Msg = Msg::new(
    "lägg till den senaste uppföljningen under followups (date, title och gärna url), eller ta bort follow_up_every_years om löftet inte längre gäller",
    "add the latest follow-up under followups (date, title and a url if there is one), or remove follow_up_every_years if the promise no longer holds",
);
/// The folder's name.
pub(crate) const VERSION_FOLDER_NOT_DATE: Msg = Msg::new(
    "mappen för en tidigare version ska heta som versionens datum, inte \"{}\"",
    "the folder of an earlier version must be named by the version's date, not \"{}\"",
);
pub(crate) const VERSION_FOLDER_HINT: Msg = Msg::new(
    "döp om mappen till datumet då versionen antogs: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, till exempel versions/2014-03-10",
    "rename the folder to the date the version was adopted: YYYY, YYYY-MM or YYYY-MM-DD, for example versions/2014-03-10",
);
pub(crate) const VERSION_WITHOUT_INDEX: Msg = Msg::new(
    "mappen för en tidigare version har ingen _index.md",
    "the folder of an earlier version has no _index.md",
);
/// The Markdown file in the folder.
pub(crate) const VERSION_RENAME_HINT: Msg = Msg::new(
    "döp om {} till _index.md; den ska börja med --- och --- (decided_by, summary och sources går att ange)",
    "rename {} to _index.md; it begins with --- and --- (decided_by, summary and sources may be given)",
);
pub(crate) const VERSION_INDEX_HINT: Msg = Msg::new(
    "lägg till _index.md med --- och --- överst (decided_by, summary och sources går att ange) och versionens text efter, om den finns",
    "add _index.md with --- and --- at the top (decided_by, summary and sources may be given) and the version's text after it, if there is one",
);
pub(crate) const SAVE_CSV_AS_UTF8: Msg = Msg::new(
    "i Excel: Spara som → CSV UTF-8 (kommaavgränsad); i Anteckningar: Spara som → Kodning: UTF-8",
    "in Excel: Save as → CSV UTF-8 (comma delimited); in Notepad: Save as → Encoding: UTF-8",
);
pub(crate) const CSV_CANNOT_READ: Msg = Msg::new("raden kan inte läsas", "the row cannot be read");
pub(crate) const CSV_QUOTES: Msg = Msg::new(
    "ett fält som innehåller semikolon, komma eller citattecken ska stå inom citattecken, och citattecken i det skrivs dubbla (\"\")",
    "a field holding a semicolon, comma or quotation mark goes in quotation marks, with quotation marks in it doubled (\"\")",
);
/// Fields in the row, fields in the header.
pub(crate) const CSV_FIELD_COUNT: Msg = Msg::new(
    "raden har {} fält, men rubrikraden har {}",
    "the row has {} fields, but the header row has {}",
);
pub(crate) const CSV_FIELD_COUNT_HINT: Msg = Msg::new(
    "varje rad ska ha lika många fält som rubrikraden; sätt citattecken runt ett namn som innehåller semikolon eller komma",
    "every row has as many fields as the header row; put quotation marks around a name holding a semicolon or comma",
);
/// The column's name.
pub(crate) const CSV_UNKNOWN_COLUMN: Msg = Msg::new(
    "kolumnen \"{}\" används inte och publiceras inte",
    "the column \"{}\" is not used and not published",
);
pub(crate) const CSV_UNUSED_HINT: Msg = Msg::new(
    "bara kolumnerna namn, anslöt, lämnade, organisationsnummer och webbplats publiceras (eller name, joined, left, org_number och url); döp om kolumnen om den ska visas, eller ta bort den om den inte behövs",
    "only the columns name, joined, left, org_number and url are published (or namn, anslöt, lämnade, organisationsnummer and webbplats); rename the column if it is to be shown, or remove it if it is not needed",
);
/// The dates left and joined.
pub(crate) const CSV_LEFT_BEFORE_JOINED: Msg = Msg::new(
    "organisationen lämnade ({}) innan den anslöt ({})",
    "the organisation left ({}) before it joined ({})",
);
pub(crate) const CSV_LEFT_HINT: Msg = Msg::new(
    "rätta ett av datumen; har organisationen anslutit sig på nytt, skriv då bara det nya datumet i anslöt",
    "correct one of the dates; if the organisation joined again, write only the new date under joined",
);
/// The column's name.
pub(crate) const CSV_COLUMN_TWICE: Msg = Msg::new(
    "kolumnen \"{}\" finns två gånger",
    "the column \"{}\" is there twice",
);
pub(crate) const CSV_COLUMNS: Msg = Msg::new(
    "kolumnerna får heta namn, anslöt, lämnade, organisationsnummer och webbplats (eller name, joined, left, org_number och url), i valfri ordning; namn måste finnas",
    "the columns may be called name, joined, left, org_number and url (or namn, anslöt, lämnade, organisationsnummer and webbplats), in any order; name is required",
);
pub(crate) const CSV_NO_NAME_COLUMN: Msg = Msg::new(
    "det finns ingen kolumn för organisationens namn",
    "there is no column for the organisation's name",
);
pub(crate) const CSV_NO_NAME: Msg = Msg::new(
    "organisationens namn saknas",
    "the organisation's name is missing",
);
pub(crate) const CSV_NAME_HINT: Msg = Msg::new(
    "skriv organisationens namn i kolumnen namn, eller ta bort raden",
    "write the organisation's name in the name column, or remove the row",
);
pub(crate) const CSV_DATE_HINT: Msg = Msg::new(
    "skriv datum som ÅÅÅÅ-MM-DD (eller ÅÅÅÅ-MM eller ÅÅÅÅ); i Excel: formatera kolumnen som Text, eller som datum med formatet ÅÅÅÅ-MM-DD",
    "write dates as YYYY-MM-DD (or YYYY-MM or YYYY); in Excel: format the column as Text, or as a date in the format YYYY-MM-DD",
);
/// The number as written.
pub(crate) const ORG_NUMBER_FORM: Msg = Msg::new(
    "organisationsnumret har fel form: \"{}\"",
    "the organisation number has the wrong form: \"{}\"",
);
/// The number as written.
pub(crate) const ORG_NUMBER_CHECK: Msg = Msg::new(
    "organisationsnumret stämmer inte (kontrollsiffran är fel): \"{}\"",
    "the organisation number does not add up (its check digit is wrong): \"{}\"",
);
pub(crate) const ORG_NUMBER_HINT: Msg = Msg::new(
    "skriv organisationsnumret som NNNNNN-NNNN, tio siffror som i Bolagsverkets eller Skatteverkets register; lämna fältet tomt om du inte vet det",
    "write the organisation number as NNNNNN-NNNN, ten digits as in the registers of Bolagsverket or Skatteverket; leave the field empty if you do not know it",
);
/// The value as written.
pub(crate) const UNKNOWN_ACTION_STATUS: Msg = Msg::new(
    "okänd status för åtgärden \"{}\"",
    "unknown status of the action \"{}\"",
);
/// The action, its due date.
pub(crate) const ACTION_OVERDUE: Msg = Msg::new(
    "åtgärden \"{}\" skulle vara klar {} men är inte markerad som klar",
    "the action \"{}\" was due {} but is not marked done",
);
pub(crate) const ACTION_OVERDUE_HINT: Msg = Msg::new(
    "skriv status: done (och done: datumet) när den är klar, ett nytt due om den är försenad, eller status: dropped om den inte blir av",
    "write status: done (and done: the date) when it is done, a new due if it is late, or status: dropped if it will not happen",
);
pub(crate) const ACTION_WITHOUT_TITLE: Msg =
    Msg::new("åtgärden saknar title", "the action has no title");
pub(crate) const ACTION_TITLE_HINT: Msg = Msg::new(
    "varje åtgärd börjar med - title: och vad som ska göras, till exempel - title: Styrgruppen tillsätts",
    "every action starts with - title: and what is to be done, for example - title: The steering group is appointed",
);

/// The number as written.
pub(crate) const ORG_NUMBER_PERSONAL: Msg = Msg::new(
    "\"{}\" är ett personnummer, inte ett organisationsnummer, och får inte publiceras",
    "\"{}\" is a personal identity number, not an organisation number, and must not be published",
);
pub(crate) const ORG_NUMBER_PERSONAL_HINT: Msg = Msg::new(
    "ett personnummer pekar ut en person och hör inte hemma i en lista som publiceras; skriv organisationens eget nummer (tredje och fjärde siffran är 20 eller mer), eller lämna fältet tomt",
    "a personal identity number points to a person and does not belong in a list that is published; write the organisation's own number (its third and fourth digits are 20 or more), or leave the field empty",
);
/// A file named in a message about another place: `content/alfa/_index.md`.
pub(crate) const PLACE_FILE: Msg = Msg::new("{}", "{}");
/// A file and a line of it named in a message about another place:
/// `content/alfa/_index.md, rad 6`.
pub(crate) const PLACE_FILE_LINE: Msg = Msg::new("{}, rad {}", "{}, line {}");
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
