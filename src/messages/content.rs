//! Messages about the compacts, principles and topics under content/.

use super::Msg;

/// The value as written.
pub(crate) const ADDRESS_NOT_WEB_ADDRESS: Msg = Msg::new(
    "adressen är ingen webbadress: \"{}\"",
    "the address is not a web address: \"{}\"",
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
/// Every value allowed.
pub(crate) const ALLOWED_VALUES: Msg = Msg::new("tillåtna värden: {}", "allowed values: {}");
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
/// The value as written.
pub(crate) const DATE_CANNOT_READ: Msg = Msg::new(
    "datumet går inte att läsa: \"{}\"",
    "the date cannot be read: \"{}\"",
);
pub(crate) const DESCRIBE_IMAGE_BETWEEN_BRACKETS_MUNICIPALITY: Msg = Msg::new(
    "beskriv bilden mellan hakparenteserna: ![Kommunens logotyp](logo.png)",
    "describe the image between the brackets: ![The municipality's logo](logo.png)",
);
/// The circle, as folder → folder.
pub(crate) const ENDORSES_GOES_ROUND_CIRCLE: Msg = Msg::new(
    "endorses går i cirkel: {}",
    "endorses goes round in a circle: {}",
);
pub(crate) const ENDORSES_MUST_FOLDER_NAME_ANOTHER: Msg = Msg::new(
    "endorses ska vara mappnamnet för en annan överenskommelse",
    "endorses must be the folder name of another compact",
);
/// The value as written.
pub(crate) const ENDORSES_NAMES_COMPACT_DOES_NOT: Msg = Msg::new(
    "endorses pekar på en överenskommelse som inte finns: \"{}\"",
    "endorses names a compact that does not exist: \"{}\"",
);
pub(crate) const FILE_DOES_NOT_START_FRONT: Msg = Msg::new(
    "filen börjar inte med inställningarna: den första raden ska vara bara ---",
    "the file does not start with its settings: the first line should be only ---",
);
pub(crate) const FILE_EMPTY: Msg = Msg::new("filen är tom", "the file is empty");
pub(crate) const FILE_MISSING: Msg = Msg::new("filen saknas", "the file is missing");
pub(crate) const FOLDER_HAS_NO_INDEX_MD: Msg = Msg::new(
    "mappen har ingen _index.md, så den är ingen överenskommelse",
    "the folder has no _index.md, so it is not a compact",
);
pub(crate) const FRONT_MATTER_NEVER_CLOSED_LINE: Msg = Msg::new(
    "inställningarna tar aldrig slut: det saknas en rad med bara --- efter dem",
    "the settings never end: a line with only --- is missing after them",
);
/// The name, the address both get, the other name.
pub(crate) const GETS_SAME_WEB_ADDRESS: Msg = Msg::new(
    "\"{}\" får samma webbadress ({}) som \"{}\"",
    "\"{}\" gets the same web address ({}) as \"{}\"",
);
pub(crate) const GIVE_LEAST_ONE_TOPIC_CONTENT: Msg = Msg::new(
    "ange minst ett ämne från content/topics.yaml, till exempel topics: [dialog]",
    "give at least one topic from content/topics.yaml, for example topics: [dialog]",
);
/// The level before, then the level of the heading.
pub(crate) const HEADING_LEVEL_JUMPS: Msg = Msg::new(
    "rubriknivån hoppar från h{} till h{}",
    "the heading level jumps from h{} to h{}",
);
/// The id made into one.
pub(crate) const ID_MAY_ONLY_HAVE_LOWERCASE: Msg = Msg::new(
    "ett id får bara ha små bokstäver a–z, siffror och bindestreck, till exempel {}",
    "an id may only have lowercase letters a–z, digits and hyphens, for example {}",
);
pub(crate) const IMAGE_HAS_NO_ALT_TEXT: Msg =
    Msg::new("bilden saknar alternativtext", "the image has no alt text");
/// The value as written.
pub(crate) const INVALID_TOPIC_ID: Msg =
    Msg::new("ogiltigt ämnes-id \"{}\"", "invalid topic id \"{}\"");
pub(crate) const KEEP_TITLE_UNDER_120_CHARACTERS: Msg = Msg::new("håll titeln under 120 tecken så att den får plats i listor och sökresultat; lägg resten i texten", "keep the title under 120 characters so it fits in lists and search results; put the rest in the text");
pub(crate) const LINK_ONLY_ADDRESSES_STARTING_HTTPS: Msg = Msg::new("länka bara till adresser som börjar med https://, http://, mailto: eller tel:, eller till sidor på webbplatsen", "link only to addresses starting with https://, http://, mailto: or tel:, or to pages of the site");
/// The link as written.
pub(crate) const LINK_SHOWN_TEXT_WITHOUT_LINK: Msg = Msg::new(
    "länken visas som text, utan länk, eftersom den inte leder till en webbsida, e-post eller telefon: {}",
    "the link is shown as text, without a link, since it leads to no web page, e-mail or telephone: {}",
);
pub(crate) const LIST_TOPIC_UNDER_TOPICS_PRINCIPLE: Msg = Msg::new(
    "ange ämnet under topics i en princip, eller ta bort det ur topics.yaml",
    "list the topic under topics in a principle, or remove it from topics.yaml",
);
/// The value as written.
pub(crate) const NO_PRINCIPLE_USES_TOPIC: Msg = Msg::new(
    "ingen princip använder ämnet \"{}\"",
    "no principle uses the topic \"{}\"",
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
/// The heading marks to write.
pub(crate) const SCREEN_READERS_NAVIGATE_HEADINGS_WRITE: Msg = Msg::new(
    "skärmläsare navigerar efter rubrikerna; skriv {} här (en överenskommelses text börjar på ##, en princips på ####)",
    "screen readers navigate by headings; write {} here (a compact's text starts at ##, a principle's at ####)",
);
pub(crate) const START_FILE_THEN_SETTINGS_EXAMPLE: Msg = Msg::new(
    "börja filen med ---, sedan inställningarna (till exempel title: …), sedan --- igen",
    "start the file with ---, then the settings (for example title: …), then --- again",
);
pub(crate) const THERE_ARE_NO_TOPICS_EVERY: Msg = Msg::new(
    "det finns inga ämnen: varje princip måste ha minst ett ämne ur den här listan",
    "there are no topics: every principle needs at least one topic from this list",
);
/// How many characters.
pub(crate) const TITLE_VERY_LONG: Msg = Msg::new(
    "titeln är mycket lång ({} tecken)",
    "the title is very long ({} characters)",
);
/// The value as written.
pub(crate) const TOPIC_LISTED_TWICE: Msg = Msg::new(
    "ämnet finns redan: \"{}\"",
    "the topic is listed twice: \"{}\"",
);
pub(crate) const TWO_PAGES_CANNOT_HAVE_SAME: Msg = Msg::new(
    "två sidor kan inte ha samma adress; slå ihop dem eller byt namn på den ena",
    "two pages cannot have the same address; merge them or rename one",
);
/// The name made into one.
pub(crate) const USE_LOWERCASE_LETTERS_Z_DIGITS: Msg = Msg::new(
    "använd små bokstäver a–z, siffror och bindestreck, till exempel {}",
    "use lowercase letters a–z, digits and hyphens, for example {}",
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
/// The value as written.
pub(crate) const UNKNOWN_STATUS: Msg = Msg::new("okänd status \"{}\"", "unknown status \"{}\"");
/// The value as written.
pub(crate) const UNKNOWN_KIND: Msg = Msg::new(
    "okänd sorts överenskommelse (kind) \"{}\"",
    "unknown kind \"{}\"",
);
/// The value as written.
pub(crate) const UNKNOWN_TOPIC: Msg = Msg::new("okänt ämne \"{}\"", "unknown topic \"{}\"");
/// The value as written.
pub(crate) const UNKNOWN_COUNTY: Msg =
    Msg::new("okänt län (county) \"{}\"", "unknown county \"{}\"");
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
/// The value meant, then every value allowed.
pub(crate) const DID_YOU_MEAN_VALUE: Msg = Msg::new(
    "menade du \"{}\"? tillåtna värden: {}",
    "did you mean \"{}\"? allowed values: {}",
);
/// The name.
pub(crate) const FILE_NAME_NOT_ADDRESS: Msg = Msg::new(
    "filnamnet \"{}\" kan inte stå i en webbadress",
    "the file name \"{}\" cannot be used in a web address",
);
/// The name.
pub(crate) const FOLDER_NAME_NOT_ADDRESS: Msg = Msg::new(
    "mappnamnet \"{}\" kan inte stå i en webbadress",
    "the folder name \"{}\" cannot be used in a web address",
);
/// The name.
pub(crate) const FILE_NAME_RESERVED: Msg = Msg::new(
    "filnamnet \"{}\" används redan av webbplatsens egna sidor",
    "the file name \"{}\" is already used by the site's own pages",
);
/// The name.
pub(crate) const FOLDER_NAME_RESERVED: Msg = Msg::new(
    "mappnamnet \"{}\" används redan av webbplatsens egna sidor",
    "the folder name \"{}\" is already used by the site's own pages",
);
/// Every compact folder.
pub(crate) const ENDORSES_MUST_NAME_ONE_OF: Msg = Msg::new(
    "endorses ska vara mappnamnet för en annan överenskommelse: {}",
    "endorses must be the folder name of another compact: {}",
);
/// What stands on the line.
pub(crate) const SETTINGS_LINE_NOT_DASHES: Msg = Msg::new(
    "raden runt inställningarna ska vara tre bindestreck, ---, men här står {}",
    "the line around the settings should be three hyphens, ---, but here it is {}",
);
pub(crate) const SETTINGS_LINE_NOT_DASHES_HINT: Msg = Msg::new(
    "skriv tre vanliga bindestreck ensamma på raden; Word gör om --- till ett tankstreck (—), så skriv filen i Anteckningar eller stäng av Autokorrigering i Word",
    "write three plain hyphens alone on the line; Word turns --- into a dash (—), so write the file in Notepad or turn off AutoCorrect in Word",
);
pub(crate) const PARAGRAPH_PREFORMATTED: Msg = Msg::new(
    "stycket börjar med en tabb eller fyra mellanslag, så det blir förformaterad text i ett litet typsnitt med fast bredd",
    "the paragraph starts with a tab or four spaces, so it becomes preformatted text in a small fixed-width font",
);
pub(crate) const PARAGRAPH_PREFORMATTED_HINT: Msg = Msg::new(
    "ta bort tabben eller mellanslagen i början av raden; text som klistras in från Word eller e-post har ofta kvar dem",
    "remove the tab or the spaces at the start of the line; text pasted from Word or e-mail often keeps them",
);
