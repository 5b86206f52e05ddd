//! Messages about site.yaml: the settings, the brand colours, the logo.

use super::Msg;

/// The value as written.
pub(crate) const LOGO_NOT_STATIC: Msg = Msg::new(
    "logotypen finns inte i static/: \"{}\"",
    "the logo is not in static/: \"{}\"",
);
pub(crate) const PUT_IMAGE_FILE_STATIC_FOLDER: Msg = Msg::new("lägg bildfilen i mappen static/ i webbplatsens mapp och skriv dess namn, till exempel logo: logo.svg", "put the image file in the static/ folder of the site and write its name, for example logo: logo.svg");
pub(crate) const SITE_READABLE_HAVE_COLOUR_ITSELF: Msg = Msg::new("webbplatsen är läsbar som den är; vill du ha färgen själv, välj en mörkare nyans ur kommunens grafiska profil", "the site is readable as it is; to have the colour itself, choose a darker shade from the organisation's visual identity");
pub(crate) const SITE_YAML_MISSING_NOT_OVERENS: Msg = Msg::new(
    "site.yaml saknas: det här är ingen webbplats för overens",
    "site.yaml is missing: this is not an overens site",
);
pub(crate) const START_NEW_SITE_OVERENS_INIT: Msg = Msg::new("starta en ny webbplats med overens init, eller gå till webbplatsens mapp (eller ange den med --root)", "start a new site with overens init, or go to the site's folder (or give it with --root)");
pub(crate) const WRITE_COLOUR_RRGGBB_ORGANISATION_S: Msg = Msg::new(
    "skriv färgen som #rrggbb med kommunens grafiska profil som förlaga, till exempel #00517a",
    "write the colour as #rrggbb from the organisation's visual identity, for example #00517a",
);
pub(crate) const COLOUR_UNREADABLE: Msg = Msg::new(
    "färgen går inte att läsa; skriv den som #rrggbb, till exempel #00517a",
    "the colour cannot be read; write it as #rrggbb, for example #00517a",
);
pub(crate) const BACKGROUND_TOO_DARK: Msg = Msg::new(
    "texten blir för svår att läsa mot den; en ljus grå används i stället",
    "text would be too hard to read on it; a light grey is used instead",
);
/// The primary colour's contrast against white and the colour links get instead.
pub(crate) const PRIMARY_LOW_CONTRAST: Msg = Msg::new(
    "kontrasten mot vit (och ljusa rutor) är {}:1, under 4,5:1; länkar visas i stället i {}",
    "its contrast against white (and light boxes) is {}:1, below 4.5:1; links use {} instead",
);
/// The contact as written.
pub(crate) const CONTACT_NOT_EMAIL_OR_WEB: Msg = Msg::new(
    "kontaktvägen är varken en e-postadress eller en webbadress: \"{}\"",
    "the contact is neither an e-mail address nor a web address: \"{}\"",
);
pub(crate) const WRITE_CONTACT: Msg = Msg::new(
    "skriv en e-postadress (tillganglighet@kommun.se) eller en hel webbadress som börjar med https://",
    "write an e-mail address (accessibility@municipality.se) or a whole web address starting with https://",
);
/// The address as written.
pub(crate) const BASE_URL_NOT_ABSOLUTE: Msg = Msg::new(
    "base_url är ingen hel webbadress: \"{}\"; länkar i webbplatskartan, flödet och fragmenten behöver den",
    "base_url is not a whole web address: \"{}\"; the links of the sitemap, the feed and the fragments need one",
);
/// The address as written.
pub(crate) const BASE_URL_PLACEHOLDER: Msg = Msg::new(
    "base_url är fortfarande en exempeladress: \"{}\"; webbplatskartan, flödet och sökmotorerna skulle peka dit",
    "base_url is still an example address: \"{}\"; the sitemap, the feed and search engines would point there",
);
pub(crate) const WRITE_BASE_URL: Msg = Msg::new(
    "skriv adressen där webbplatsen ska ligga, till exempel base_url: https://www.kommun.se/overenskommelsen/ (fråga webbredaktionen om du är osäker)",
    "write the address the site will be published at, for example base_url: https://www.municipality.se/compact/ (ask the web team if you are unsure)",
);
/// The key, and what it is.
pub(crate) const STATEMENT_LACKS: Msg = Msg::new(
    "tillgänglighetsredogörelsen saknar {} ({}); sidan visar \"Uppgiften saknas.\"",
    "the accessibility statement lacks {} ({}); the page shows \"Not given.\"",
);
/// The key.
pub(crate) const WRITE_STATEMENT_FACT: Msg = Msg::new(
    "lagen kräver uppgiften; skriv den under accessibility: i site.yaml, som {}: … (redaktörsguiden visar hur, i avsnitt 6)",
    "the law requires it; write it under accessibility: in site.yaml, as {}: … (docs/content.md shows how)",
);
pub(crate) const FACT_COMPLIANCE: Msg = Msg::new(
    "hur väl webbplatsen följer lagen: helt, delvis eller inte",
    "how far the site complies: helt, delvis or inte",
);
pub(crate) const FACT_NOT_ACCESSIBLE: Msg = Msg::new(
    "vad som inte är tillgängligt och varför",
    "what is not accessible and why",
);
pub(crate) const FACT_METHOD: Msg =
    Msg::new("hur webbplatsen har granskats", "how the site was assessed");
pub(crate) const FACT_ASSESSED: Msg = Msg::new("när den granskades", "when it was assessed");
pub(crate) const FACT_UPDATED: Msg = Msg::new(
    "när redogörelsen uppdaterades",
    "when the statement was updated",
);
pub(crate) const FACT_CONTACT: Msg = Msg::new(
    "vart man rapporterar brister: e-post eller webbadress",
    "where to report problems: e-mail or web address",
);
/// The date of the assessment.
pub(crate) const ASSESSMENT_OLD: Msg = Msg::new(
    "tillgängligheten granskades senast {}, för mer än ett år sedan",
    "the accessibility was last assessed on {}, more than a year ago",
);
pub(crate) const RENEW_ASSESSMENT: Msg = Msg::new(
    "granska webbplatsen igen minst en gång om året och skriv in det nya datumet under assessed och updated",
    "assess the site again at least once a year and write the new date under assessed and updated",
);
/// The number as written.
pub(crate) const ORGANISATION_NUMBER_FORM: Msg = Msg::new(
    "organisationsnumret ska ha formen NNNNNN-NNNN (sex siffror, ett bindestreck, fyra siffror): \"{}\"",
    "the organisation number must have the form NNNNNN-NNNN (six digits, a hyphen, four digits): \"{}\"",
);
/// The number as written.
pub(crate) const ORGANISATION_NUMBER_CHECK_DIGIT: Msg = Msg::new(
    "organisationsnumret \"{}\" finns inte: den sista siffran (kontrollsiffran) stämmer inte med de andra, så någon siffra är felskriven",
    "the organisation number \"{}\" does not exist: its last digit (the check digit) does not agree with the others, so a digit is mistyped",
);
pub(crate) const WRITE_ORGANISATION_NUMBER: Msg = Msg::new(
    "skriv organisationens nummer som det står i dess fakturauppgifter, som organisation_number: NNNNNN-NNNN (kommuner har nummer som börjar på 212000-)",
    "write the organisation's number as its invoicing details give it, as organisation_number: NNNNNN-NNNN (Swedish municipalities' numbers start with 212000-)",
);
/// Where the catalog is.
pub(crate) const HARVEST_NEEDS_ORGANISATION_NUMBER: Msg = Msg::new(
    "Sveriges dataportal kan inte skörda datakatalogen {} utan organisationsnummer (organisation_number)",
    "Sweden's data portal cannot harvest the data catalog {} without an organisation number (organisation_number)",
);
pub(crate) const WRITE_ORGANISATION_NUMBER_FOR_HARVEST: Msg = Msg::new(
    "skriv organisationens nummer i site.yaml, som organisation_number: NNNNNN-NNNN; portalen känner igen den som publicerar data på det (redaktörsguiden visar hur, i avsnitt 6)",
    "write the organisation's number in site.yaml, as organisation_number: NNNNNN-NNNN; the portal knows who publishes data by it (docs/content.md shows how)",
);
/// Where the catalog is, then the address as written.
pub(crate) const HARVEST_NEEDS_REAL_ADDRESS: Msg = Msg::new(
    "Sveriges dataportal kan inte skörda datakatalogen {}: adresserna i den börjar med base_url, och \"{}\" är inte webbplatsens riktiga, hela adress",
    "Sweden's data portal cannot harvest the data catalog {}: its addresses start with base_url, and \"{}\" is not the site's real, whole address",
);
/// The contact as written.
pub(crate) const DATA_CONTACT_NOT_EMAIL: Msg = Msg::new(
    "data_contact är ingen e-postadress: \"{}\"",
    "data_contact is not an e-mail address: \"{}\"",
);
pub(crate) const WRITE_DATA_CONTACT: Msg = Msg::new(
    "skriv e-postadressen dit frågor om de öppna data ska gå, till exempel data_contact: oppnadata@kommun.se",
    "write the e-mail address that questions about the open data go to, for example data_contact: opendata@municipality.se",
);
/// The value as written.
pub(crate) const UNKNOWN_DATA_LICENSE: Msg = Msg::new(
    "okänd licens för de öppna data (data_license) \"{}\"",
    "unknown licence for the open data (data_license) \"{}\"",
);
/// The key, then the value as written.
pub(crate) const NOT_LANGUAGE_TAG: Msg = Msg::new(
    "{} är ingen språkkod: \"{}\"",
    "{} is not a language code: \"{}\"",
);
pub(crate) const WRITE_LANGUAGE_TAG: Msg = Msg::new(
    "skriv språkets kod, till exempel sv (svenska), en (engelska), fi (finska), se (nordsamiska) eller fit (meänkieli)",
    "write the language's code, for example sv (Swedish), en (English), fi (Finnish), se (Northern Sami) or fit (Meänkieli)",
);
/// The key of `colors`, then what is wrong with it.
pub(crate) const COLOUR_KEY: Msg = Msg::new("colors.{}: {}", "colors.{}: {}");
