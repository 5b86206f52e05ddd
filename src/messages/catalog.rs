//! The texts of the open data's catalog (DCAT-AP-SE): titles, descriptions and keywords, which
//! the catalog carries in both languages at once, as Sweden's data portal asks.

use super::Msg;

/// The publisher's name.
pub(crate) const CATALOG_TITLE: Msg = Msg::new(
    "Öppna data om överenskommelser med den idéburna sektorn, från {}",
    "Open data on compacts with the non-profit sector, from {}",
);
/// The site's name, then its address.
pub(crate) const CATALOG_DESCRIPTION: Msg = Msg::new(
    "Datamängderna som webbplatsen {} ({}) publicerar som öppna data: överenskommelser mellan det offentliga och den idéburna sektorn, med deras principer.",
    "The datasets that the website {} ({}) publishes as open data: compacts between the public sector and the non-profit sector, with their principles.",
);
/// The publisher's name.
pub(crate) const COMPACTS_TITLE: Msg = Msg::new(
    "Överenskommelser med den idéburna sektorn och deras principer, från {}",
    "Compacts with the non-profit sector and their principles, from {}",
);
pub(crate) const COMPACTS_DESCRIPTION: Msg = Msg::new(
    "Överenskommelser mellan kommuner, regioner eller staten och den idéburna sektorn om hur de ska samverka: för varje överenskommelse titel, kommun eller region, status, datum, beslut, tidslinje, kontakter och källor, och dess principer med ämnen och text.",
    "Compacts between municipalities, regions or the state and the non-profit sector on how they will work together: for each compact its title, municipality or region, status, dates, decision, timeline, contacts and sources, and its principles with their topics and text.",
);
pub(crate) const COMPACTS_JSON_TITLE: Msg = Msg::new(
    "Överenskommelserna med deras principer (JSON)",
    "The compacts with their principles (JSON)",
);
pub(crate) const COMPACTS_JSON_DESCRIPTION: Msg = Msg::new(
    "Alla överenskommelser med alla uppgifter och deras principer, som en lista i JSON.",
    "Every compact with all its facts and its principles, as a list in JSON.",
);
pub(crate) const PRINCIPLES_CSV_TITLE: Msg = Msg::new("Principerna (CSV)", "The principles (CSV)");
pub(crate) const PRINCIPLES_CSV_DESCRIPTION: Msg = Msg::new(
    "En rad per princip: överenskommelsens mapp, kommun eller region, principens titel, ämnen och text.",
    "One row per principle: the compact's folder, municipality or region, the principle's title, topics and text.",
);
pub(crate) const KEYWORD_COMPACT: Msg = Msg::new("överenskommelse", "compact");
pub(crate) const KEYWORD_NON_PROFIT: Msg = Msg::new("idéburen sektor", "non-profit sector");
pub(crate) const KEYWORD_CIVIL_SOCIETY: Msg = Msg::new("civilsamhälle", "civil society");
pub(crate) const KEYWORD_PRINCIPLE: Msg = Msg::new("princip", "principle");
pub(crate) const KEYWORD_ORGANISATION: Msg = Msg::new("förening", "association");
pub(crate) const SIGNATORIES_TITLE: Msg = Msg::new(
    "Organisationer som har anslutit sig till överenskommelserna, från {}",
    "Organisations that have joined the compacts, from {}",
);
pub(crate) const SIGNATORIES_DESCRIPTION: Msg = Msg::new(
    "De idéburna organisationer som har anslutit sig till en överenskommelse: överenskommelsens mapp, kommun eller region, organisationens namn och organisationsnummer, och när den anslöt sig och i förekommande fall lämnade.",
    "The non-profit organisations that have joined a compact: the compact's folder, municipality or region, the organisation's name and organisation number, and when it joined and, where it did, left.",
);
pub(crate) const SIGNATORIES_CSV_TITLE: Msg = Msg::new(
    "Anslutna organisationer (CSV)",
    "Organisations that joined (CSV)",
);
pub(crate) const SIGNATORIES_CSV_DESCRIPTION: Msg = Msg::new(
    "En rad per organisation: compact, municipality, organisation, org_number, joined och left.",
    "One row per organisation: compact, municipality, organisation, org_number, joined and left.",
);
/// What went wrong.
pub(crate) const CATALOG_NOT_WRITTEN: Msg = Msg::new(
    "datakatalogen kunde inte skrivas: {}",
    "the data catalog could not be written: {}",
);
