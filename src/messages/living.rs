//! Messages about a compact's living parts: earlier versions, its replacement, the list of
//! organisations that joined, the action plan and the follow-ups.

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
