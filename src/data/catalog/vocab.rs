//! The addresses the catalog is written with: DCAT, Dublin Core, FOAF, vCard, and the EU's
//! and the data portal's vocabularies, each checked by the tests to be a whole address.

/// The namespaces, with the prefixes the RDF/XML uses for them.
pub(super) const PREFIXES: &[(&str, &str)] = &[
    ("dcat", "http://www.w3.org/ns/dcat#"),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("vcard", "http://www.w3.org/2006/vcard/ns#"),
    ("dcatap", "http://data.europa.eu/r5r/"),
];

pub(super) const DCAT_CATALOG: &str = "http://www.w3.org/ns/dcat#Catalog";
pub(super) const DCAT_DATASET_CLASS: &str = "http://www.w3.org/ns/dcat#Dataset";
pub(super) const DCAT_DISTRIBUTION_CLASS: &str = "http://www.w3.org/ns/dcat#Distribution";
pub(super) const DCAT_DATASET: &str = "http://www.w3.org/ns/dcat#dataset";
pub(super) const DCAT_DISTRIBUTION: &str = "http://www.w3.org/ns/dcat#distribution";
pub(super) const DCAT_THEME_TAXONOMY: &str = "http://www.w3.org/ns/dcat#themeTaxonomy";
pub(super) const DCAT_THEME: &str = "http://www.w3.org/ns/dcat#theme";
pub(super) const DCAT_KEYWORD: &str = "http://www.w3.org/ns/dcat#keyword";
pub(super) const DCAT_CONTACT_POINT: &str = "http://www.w3.org/ns/dcat#contactPoint";
pub(super) const DCAT_LANDING_PAGE: &str = "http://www.w3.org/ns/dcat#landingPage";
pub(super) const DCAT_ACCESS_URL: &str = "http://www.w3.org/ns/dcat#accessURL";
pub(super) const DCAT_DOWNLOAD_URL: &str = "http://www.w3.org/ns/dcat#downloadURL";
pub(super) const DCAT_MEDIA_TYPE: &str = "http://www.w3.org/ns/dcat#mediaType";
pub(super) const DCAT_BYTE_SIZE: &str = "http://www.w3.org/ns/dcat#byteSize";
pub(super) const DCT_TITLE: &str = "http://purl.org/dc/terms/title";
pub(super) const DCT_DESCRIPTION: &str = "http://purl.org/dc/terms/description";
pub(super) const DCT_PUBLISHER: &str = "http://purl.org/dc/terms/publisher";
pub(super) const DCT_LICENSE: &str = "http://purl.org/dc/terms/license";
pub(super) const DCT_LANGUAGE: &str = "http://purl.org/dc/terms/language";
pub(super) const DCT_ISSUED: &str = "http://purl.org/dc/terms/issued";
pub(super) const DCT_MODIFIED: &str = "http://purl.org/dc/terms/modified";
pub(super) const DCT_TYPE: &str = "http://purl.org/dc/terms/type";
pub(super) const DCT_IDENTIFIER: &str = "http://purl.org/dc/terms/identifier";
pub(super) const DCT_ACCESS_RIGHTS: &str = "http://purl.org/dc/terms/accessRights";
pub(super) const DCT_FORMAT: &str = "http://purl.org/dc/terms/format";
pub(super) const DCATAP_AVAILABILITY: &str = "http://data.europa.eu/r5r/availability";
pub(super) const FOAF_AGENT: &str = "http://xmlns.com/foaf/0.1/Agent";
pub(super) const FOAF_NAME: &str = "http://xmlns.com/foaf/0.1/name";
pub(super) const FOAF_HOMEPAGE: &str = "http://xmlns.com/foaf/0.1/homepage";
pub(super) const VCARD_ORGANIZATION: &str = "http://www.w3.org/2006/vcard/ns#Organization";
pub(super) const VCARD_FN: &str = "http://www.w3.org/2006/vcard/ns#fn";
pub(super) const VCARD_HAS_EMAIL: &str = "http://www.w3.org/2006/vcard/ns#hasEmail";

/// How the data portal names a publisher: this, then the ten digits of its organisation
/// number (Digg's harvesting rules: `http`, `SE`, no hyphen).
pub(super) const PORTAL_ORGANISATION: &str = "http://dataportal.se/organisation/SE";
/// The ADMS publisher types (`LocalAuthority`, …).
pub(super) const PUBLISHER_TYPE: &str = "http://purl.org/adms/publishertype/";
/// The catalog's own licence, which DCAT-AP-SE fixes: CC0.
pub(super) const CC0: &str = "http://creativecommons.org/publicdomain/zero/1.0/";
/// The EU's data themes; a theme is this, `/` and its code.
pub(super) const DATA_THEMES: &str = "http://publications.europa.eu/resource/authority/data-theme";
/// Open to everyone.
pub(super) const PUBLIC: &str =
    "http://publications.europa.eu/resource/authority/access-right/PUBLIC";
/// The files stay where they are.
pub(super) const STABLE: &str =
    "http://publications.europa.eu/resource/authority/planned-availability/STABLE";
/// IANA's media types; a type is this and its name (`text/csv`).
pub(super) const IANA_MEDIA_TYPES: &str = "https://www.iana.org/assignments/media-types/";

/// The languages in the EU's vocabulary that compacts in Sweden are written in: Swedish,
/// English, the national minority languages that have a code there, and the neighbours'.
pub(super) const LANGUAGES: &[(&str, &str)] = &[
    (
        "sv",
        "http://publications.europa.eu/resource/authority/language/SWE",
    ),
    (
        "en",
        "http://publications.europa.eu/resource/authority/language/ENG",
    ),
    (
        "fi",
        "http://publications.europa.eu/resource/authority/language/FIN",
    ),
    (
        "se",
        "http://publications.europa.eu/resource/authority/language/SME",
    ),
    (
        "sma",
        "http://publications.europa.eu/resource/authority/language/SMA",
    ),
    (
        "smj",
        "http://publications.europa.eu/resource/authority/language/SMJ",
    ),
    (
        "yi",
        "http://publications.europa.eu/resource/authority/language/YID",
    ),
    (
        "da",
        "http://publications.europa.eu/resource/authority/language/DAN",
    ),
    (
        "nb",
        "http://publications.europa.eu/resource/authority/language/NOB",
    ),
    (
        "nn",
        "http://publications.europa.eu/resource/authority/language/NNO",
    ),
    (
        "no",
        "http://publications.europa.eu/resource/authority/language/NOR",
    ),
    (
        "de",
        "http://publications.europa.eu/resource/authority/language/DEU",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_address_is_whole() {
        let all = [
            DCAT_CATALOG,
            DCAT_DATASET_CLASS,
            DCAT_DISTRIBUTION_CLASS,
            DCAT_DATASET,
            DCAT_DISTRIBUTION,
            DCAT_THEME_TAXONOMY,
            DCAT_THEME,
            DCAT_KEYWORD,
            DCAT_CONTACT_POINT,
            DCAT_LANDING_PAGE,
            DCAT_ACCESS_URL,
            DCAT_DOWNLOAD_URL,
            DCAT_MEDIA_TYPE,
            DCAT_BYTE_SIZE,
            DCT_TITLE,
            DCT_DESCRIPTION,
            DCT_PUBLISHER,
            DCT_LICENSE,
            DCT_LANGUAGE,
            DCT_ISSUED,
            DCT_MODIFIED,
            DCT_TYPE,
            DCT_IDENTIFIER,
            DCT_ACCESS_RIGHTS,
            DCT_FORMAT,
            DCATAP_AVAILABILITY,
            FOAF_AGENT,
            FOAF_NAME,
            FOAF_HOMEPAGE,
            VCARD_ORGANIZATION,
            VCARD_FN,
            VCARD_HAS_EMAIL,
            CC0,
            DATA_THEMES,
            PUBLIC,
            STABLE,
        ];
        let prefixes = PREFIXES.iter().map(|(_, namespace)| *namespace);
        let languages = LANGUAGES.iter().map(|(_, address)| *address);
        for address in all.into_iter().chain(prefixes).chain(languages) {
            assert!(oxrdf::NamedNode::new(address).is_ok(), "{address}");
        }
    }
}
