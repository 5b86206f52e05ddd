//! Messages about the compacts, principles and topics under content/.

use super::Msg;

pub(crate) const ADDRESS_NOT_WEB_ADDRESS: Msg = Msg::new(
    "adressen är ingen webbadress:",
    "the address is not a web address:",
);
pub(crate) const ADD_ADOPTED_YYYY_MM_DD: Msg = Msg::new(
    "lägg till adopted: ÅÅÅÅ-MM-DD (eller bara året) för när den antogs",
    "add adopted: YYYY-MM-DD (or only the year) for when it was adopted",
);
pub(crate) const ADD_INDEX_MD_TITLE_MUNICIPALITY: Msg = Msg::new(
    "lägg till _index.md med title, municipality och status, eller flytta mappen ur content/",
    "add _index.md with title, municipality and status, or move the folder out of content/",
);
pub(crate) const ADD_LINE_ONLY_BETWEEN_SETTINGS: Msg = Msg::new(
    "lägg till en rad med bara --- mellan inställningarna och texten",
    "add a line with only --- between the settings and the text",
);
pub(crate) const ALLOWED_VALUES: Msg = Msg::new("tillåtna värden", "allowed values");
pub(crate) const AS: Msg = Msg::new("som", "as");
pub(crate) const CANNOT_USED_WEB_ADDRESS: Msg = Msg::new(
    "kan inte stå i en webbadress",
    "cannot be used in a web address",
);
pub(crate) const CHARACTERS: Msg = Msg::new("tecken", "characters");
pub(crate) const COMPACT_ADOPTED_BUT_HAS_NO: Msg = Msg::new(
    "överenskommelsen är antagen men saknar datum (adopted)",
    "the compact is adopted but has no date (adopted)",
);
pub(crate) const COMPACT_CANNOT_ENDORSE_ITSELF: Msg = Msg::new(
    "en överenskommelse kan inte ställa sig bakom sig själv (endorses)",
    "a compact cannot endorse itself",
);
pub(crate) const COMPACT_CANNOT_ENDORSE_ITSELF_THROUGH: Msg = Msg::new("en överenskommelse kan inte, via andra, ställa sig bakom sig själv; ta bort endorses i en av dem", "a compact cannot endorse itself through others; remove endorses from one of them");
pub(crate) const CONTENT_FOLDER_MISSING: Msg =
    Msg::new("mappen content/ saknas", "the content/ folder is missing");
pub(crate) const CREATE_CONTENT_INDEX_MD_TOPICS: Msg = Msg::new(
    "skapa content/ med _index.md, topics.yaml och en mapp per överenskommelse",
    "create content/ with _index.md, topics.yaml and one folder per compact",
);
pub(crate) const CREATE_CONTENT_TOPICS_YAML_LIST: Msg = Msg::new(
    "skapa content/topics.yaml med en lista av ämnen: - id: dialog, name: Dialog, description: …",
    "create content/topics.yaml with a list of topics: - id: dialog, name: Dialog, description: …",
);
pub(crate) const DATE_CANNOT_READ: Msg =
    Msg::new("datumet går inte att läsa:", "the date cannot be read:");
pub(crate) const DESCRIBE_IMAGE_BETWEEN_BRACKETS_MUNICIPALITY: Msg = Msg::new(
    "beskriv bilden mellan hakparenteserna: ![Kommunens logotyp](logo.png)",
    "describe the image between the brackets: ![The municipality's logo](logo.png)",
);
pub(crate) const ENDORSES_GOES_ROUND_CIRCLE: Msg =
    Msg::new("endorses går i cirkel", "endorses goes round in a circle");
pub(crate) const ENDORSES_MUST_FOLDER_NAME_ANOTHER: Msg = Msg::new(
    "endorses ska vara mappnamnet för en annan överenskommelse",
    "endorses must be the folder name of another compact",
);
pub(crate) const ENDORSES_NAMES_COMPACT_DOES_NOT: Msg = Msg::new(
    "endorses pekar på en överenskommelse som inte finns:",
    "endorses names a compact that does not exist:",
);
pub(crate) const FILE_DOES_NOT_START_FRONT: Msg = Msg::new(
    "filen börjar inte med front matter (en rad med bara ---)",
    "the file does not start with front matter (a line with only ---)",
);
pub(crate) const FILE_EMPTY: Msg = Msg::new("filen är tom", "the file is empty");
pub(crate) const FILE_MISSING: Msg = Msg::new("filen saknas", "the file is missing");
pub(crate) const FILE_NAME: Msg = Msg::new("filnamnet", "the file name");
pub(crate) const FOLDER_HAS_NO_INDEX_MD: Msg = Msg::new(
    "mappen har ingen _index.md, så den är ingen överenskommelse",
    "the folder has no _index.md, so it is not a compact",
);
pub(crate) const FOLDER_NAME: Msg = Msg::new("mappnamnet", "the folder name");
pub(crate) const FRONT_MATTER_NEVER_CLOSED_LINE: Msg = Msg::new(
    "front matter avslutas aldrig: det saknas en rad med bara --- efter inställningarna",
    "the front matter is never closed: a line with only --- is missing after the settings",
);
pub(crate) const GETS_SAME_WEB_ADDRESS: Msg =
    Msg::new("får samma webbadress", "gets the same web address");
pub(crate) const GIVE_LEAST_ONE_TOPIC_CONTENT: Msg = Msg::new(
    "ange minst ett ämne från content/topics.yaml, till exempel topics: [dialog]",
    "give at least one topic from content/topics.yaml, for example topics: [dialog]",
);
pub(crate) const HEADING_LEVEL_JUMPS: Msg =
    Msg::new("rubriknivån hoppar från", "the heading level jumps from");
pub(crate) const HERE_COMPACT_S_TEXT_STARTS: Msg = Msg::new(
    "här (en överenskommelses text börjar på ##, en princips på ####)",
    "here (a compact's text starts at ##, a principle's at ####)",
);
pub(crate) const ID_MAY_ONLY_HAVE_LOWERCASE: Msg = Msg::new(
    "ett id får bara ha små bokstäver a–z, siffror och bindestreck, till exempel",
    "an id may only have lowercase letters a–z, digits and hyphens, for example",
);
pub(crate) const IMAGE_HAS_NO_ALT_TEXT: Msg =
    Msg::new("bilden saknar alternativtext", "the image has no alt text");
pub(crate) const INVALID_TOPIC_ID: Msg = Msg::new("ogiltigt ämnes-id", "invalid topic id");
pub(crate) const KEEP_TITLE_UNDER_120_CHARACTERS: Msg = Msg::new("håll titeln under 120 tecken så att den får plats i listor och sökresultat; lägg resten i texten", "keep the title under 120 characters so it fits in lists and search results; put the rest in the text");
pub(crate) const LINK_ONLY_ADDRESSES_STARTING_HTTPS: Msg = Msg::new("länka bara till adresser som börjar med https://, http://, mailto: eller tel:, eller till sidor på webbplatsen", "link only to addresses starting with https://, http://, mailto: or tel:, or to pages of the site");
pub(crate) const LINK_SHOWN_TEXT_WITHOUT_LINK: Msg = Msg::new("länken visas som text, utan länk, eftersom den inte leder till en webbsida, e-post eller telefon:", "the link is shown as text, without a link, since it leads to no web page, e-mail or telephone:");
pub(crate) const LIST_TOPIC_UNDER_TOPICS_PRINCIPLE: Msg = Msg::new(
    "ange ämnet under topics i en princip, eller ta bort det ur topics.yaml",
    "list the topic under topics in a principle, or remove it from topics.yaml",
);
pub(crate) const NO_PRINCIPLE_USES_TOPIC: Msg = Msg::new(
    "ingen princip använder ämnet",
    "no principle uses the topic",
);
pub(crate) const PRINCIPLE_HAS_NO_TEXT: Msg =
    Msg::new("principen har ingen text", "the principle has no text");
pub(crate) const PRINCIPLE_HAS_NO_TOPICS: Msg = Msg::new(
    "principen har inga ämnen (topics)",
    "the principle has no topics",
);
pub(crate) const REMOVE_RENAME_ONE_THEM: Msg = Msg::new(
    "ta bort eller byt namn på det ena",
    "remove or rename one of them",
);
pub(crate) const RENAME_FOLDER_EXAMPLE_MUNICIPALITY_S: Msg = Msg::new(
    "byt namn på mappen, till exempel till kommunens namn",
    "rename the folder, for example to the municipality's name",
);
pub(crate) const SCREEN_READERS_NAVIGATE_HEADINGS_WRITE: Msg = Msg::new(
    "skärmläsare navigerar efter rubrikerna; skriv",
    "screen readers navigate by headings; write",
);
pub(crate) const START_FILE_THEN_SETTINGS_EXAMPLE: Msg = Msg::new(
    "börja filen med ---, sedan inställningarna (till exempel title: …), sedan --- igen",
    "start the file with ---, then the settings (for example title: …), then --- again",
);
pub(crate) const THERE_ARE_NO_TOPICS_EVERY: Msg = Msg::new(
    "det finns inga ämnen: varje princip måste ha minst ett ämne ur den här listan",
    "there are no topics: every principle needs at least one topic from this list",
);
pub(crate) const TITLE_VERY_LONG: Msg = Msg::new("titeln är mycket lång", "the title is very long");
pub(crate) const TO: Msg = Msg::new("till", "to");
pub(crate) const TOPIC_LISTED_TWICE: Msg =
    Msg::new("ämnet finns redan:", "the topic is listed twice:");
pub(crate) const TWO_PAGES_CANNOT_HAVE_SAME: Msg = Msg::new(
    "två sidor kan inte ha samma adress; slå ihop dem eller byt namn på den ena",
    "two pages cannot have the same address; merge them or rename one",
);
pub(crate) const USE_LOWERCASE_LETTERS_Z_DIGITS: Msg = Msg::new(
    "använd små bokstäver a–z, siffror och bindestreck, till exempel",
    "use lowercase letters a–z, digits and hyphens, for example",
);
pub(crate) const WRITE_DATES_YYYY_YYYY_MM: Msg = Msg::new("skriv datum som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, till exempel 2013, 2017-03 eller 2019-10-01; skriv \"hösten 2013\" i texten och 2013 som datum", "write dates as YYYY, YYYY-MM or YYYY-MM-DD, for example 2013, 2017-03 or 2019-10-01; put \"autumn 2013\" in the text and 2013 as the date");
pub(crate) const WRITE_FOLDER_NAME_COMPACT_WHOSE: Msg = Msg::new("skriv mappnamnet för den överenskommelse vars principer den tar som sina egna, eller ta bort endorses", "write the folder name of the compact whose principles it takes as its own, or remove endorses");
pub(crate) const WRITE_PRINCIPLE_S_TEXT_AFTER: Msg = Msg::new(
    "skriv principens text efter den andra raden med ---",
    "write the principle's text after the second --- line",
);
pub(crate) const WRITE_SETTINGS_BETWEEN_TWO_LINES: Msg = Msg::new(
    "skriv inställningarna mellan två rader med ---, och texten efter, eller ta bort filen",
    "write the settings between two --- lines and the text after them, or remove the file",
);
pub(crate) const WRITE_TOPICS_LIST_ONE_EACH: Msg = Msg::new("skriv ämnena som en lista, ett per rad: - id: dialog, sedan name: Dialog och description: … indragna under", "write the topics as a list, one each: - id: dialog, then name: Dialog and description: … indented under it");
pub(crate) const WRITE_WHOLE_ADDRESS_STARTING_HTTPS: Msg = Msg::new("skriv hela adressen, med https:// först, till exempel https://www.kommun.se/beslut.pdf", "write the whole address, starting with https://, for example https://www.kommun.se/decision.pdf");
pub(crate) const UNKNOWN_STATUS: Msg = Msg::new("okänd status", "unknown status");
pub(crate) const UNKNOWN_KIND: Msg = Msg::new("okänd sorts överenskommelse (kind)", "unknown kind");
pub(crate) const UNKNOWN_TOPIC: Msg = Msg::new("okänt ämne", "unknown topic");
pub(crate) const UNKNOWN_COUNTY: Msg = Msg::new("okänt län (county)", "unknown county");
pub(crate) const NATIONAL_COMPACT_HAS_NO_COUNTY: Msg = Msg::new(
    "den nationella överenskommelsen hör inte till något län",
    "the national compact belongs to no county",
);
pub(crate) const REMOVE_COUNTY_OR_KIND: Msg = Msg::new(
    "ta bort raden county, eller ändra kind till kommun eller region",
    "remove the county line, or change kind to kommun or region",
);
/// The title as written.
pub(crate) const TITLE_IN_QUOTES: Msg = Msg::new(
    "titeln står inom citattecken, som då syns på webbplatsen: {}",
    "the title stands in quotation marks, which the site would then show: {}",
);
pub(crate) const REMOVE_TITLE_QUOTES: Msg = Msg::new(
    "ta bort citattecknen runt titeln, eller skriv raka citattecken (\") runt den om den innehåller ett kolon",
    "remove the quotation marks around the title, or use straight quotes (\") around it if it holds a colon",
);
/// The sentence left.
pub(crate) const TEMPLATE_TEXT_LEFT: Msg = Msg::new(
    "texten kommer från mallen och står kvar: \"{}\"",
    "the text comes from the template and is still there: \"{}\"",
);
pub(crate) const WRITE_OWN_TEXT: Msg = Msg::new(
    "skriv din egen text i stället, eller ta bort raden (eller filen, om det är exempelprincipen)",
    "write your own text instead, or remove the line (or the file, if it is the example principle)",
);
pub(crate) const FRONT_PAGE_NO_TEXT: Msg = Msg::new(
    "startsidan har ingen text ännu",
    "the front page has no text yet",
);
pub(crate) const WRITE_FRONT_PAGE_TEXT: Msg = Msg::new(
    "skriv en kort introduktion efter den andra raden med ---: vad överenskommelsen är, vem som står bakom den och var man kan läsa mer",
    "write a short introduction after the second --- line: what the compact is, who stands behind it and where to read more",
);
pub(crate) const NO_COMPACT_YET: Msg = Msg::new(
    "webbplatsen har ingen överenskommelse ännu",
    "the site has no compact yet",
);
pub(crate) const START_COMPACT: Msg = Msg::new(
    "starta en med overens new \"Kommunens namn\" i webbplatsens mapp",
    "start one with overens new \"Municipality name\" in the site's folder",
);
/// The folder written.
pub(crate) const REPLACED_BY_UNKNOWN: Msg = Msg::new(
    "replaced_by pekar på en överenskommelse som inte finns: \"{}\"",
    "replaced_by names a compact that does not exist: \"{}\"",
);
pub(crate) const REPLACED_BY_HINT: Msg = Msg::new(
    "skriv mappnamnet för en överenskommelse på webbplatsen under compact, eller ange en url till den nya överenskommelsen i stället",
    "write the folder name of a compact on the site under compact, or give a url of the new agreement instead",
);
pub(crate) const UNKNOWN_FOLLOWUP_KIND: Msg = Msg::new(
    "okänd sorts uppföljning (kind)",
    "unknown kind of follow-up",
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
pub(crate) const UNKNOWN_ACTION_STATUS: Msg =
    Msg::new("okänd status för åtgärden", "unknown status of the action");
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
pub(crate) const EASY_NO_TEXT: Msg = Msg::new(
    "den lättlästa versionen har ingen text",
    "the easy-to-read version has no text",
);
pub(crate) const WRITE_EASY_TEXT: Msg = Msg::new(
    "skriv texten efter den andra raden med ---, en tanke per rad, eller ta bort filen",
    "write the text after the second --- line, one idea a line, or remove the file",
);
/// The word one of the compact's own pages is published under.
pub(crate) const RENAME_PRINCIPLE_FILE: Msg = Msg::new(
    "byt namn på filen: {} är adressen till en av överenskommelsens egna sidor (versioner, anslutna, handlingsplan eller den lättlästa versionen)",
    "rename the file: {} is the address of one of the compact's own pages (its versions, signatories, action plan or easy-to-read version)",
);
