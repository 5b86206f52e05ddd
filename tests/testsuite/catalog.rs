//! The open data's catalog (DCAT-AP-SE, RDF/XML), read back with a real RDF parser and held
//! to what Sweden's data portal requires: every mandatory property of the catalog, its
//! datasets and their distributions, absolute addresses, and no blank node where the
//! portal forbids one.

use oxrdf::{NamedOrBlankNode, Term};
use oxrdfxml::RdfXmlParser;

use crate::harness::SiteTest;

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const DCAT: &str = "http://www.w3.org/ns/dcat#";
const DCT: &str = "http://purl.org/dc/terms/";
const CATALOG: &str = "https://www.alfa.se/overenskommelsen/data/katalog.rdf";
const PUBLISHER: &str = "http://dataportal.se/organisation/SE2120009994";

/// The triples of a catalog, each subject an address (a blank node fails the parse).
struct Rdf(Vec<(String, String, Term)>);

impl Rdf {
    fn parse(bytes: &[u8]) -> Rdf {
        let mut triples = Vec::new();
        for triple in RdfXmlParser::new().for_slice(bytes) {
            let triple = triple.expect("the catalog is valid RDF/XML");
            let subject = match triple.subject {
                NamedOrBlankNode::NamedNode(node) => node.into_string(),
                NamedOrBlankNode::BlankNode(node) => panic!("a blank node: {node}"),
            };
            assert!(
                !matches!(triple.object, Term::BlankNode(_)),
                "a blank node as the object of {subject} {}",
                triple.predicate
            );
            triples.push((subject, triple.predicate.into_string(), triple.object));
        }
        Rdf(triples)
    }

    fn objects(&self, subject: &str, predicate: &str) -> Vec<&Term> {
        self.0
            .iter()
            .filter(|(s, p, _)| s == subject && p == predicate)
            .map(|(_, _, o)| o)
            .collect()
    }

    /// The addresses `predicate` leads to from `subject`.
    fn links(&self, subject: &str, predicate: &str) -> Vec<String> {
        self.objects(subject, predicate)
            .into_iter()
            .map(|o| match o {
                Term::NamedNode(node) => node.as_str().to_owned(),
                other => panic!("{subject} {predicate}: not an address: {other}"),
            })
            .collect()
    }

    /// The texts `predicate` gives `subject`, each with its language tag.
    fn texts(&self, subject: &str, predicate: &str) -> Vec<(String, String)> {
        self.objects(subject, predicate)
            .into_iter()
            .map(|o| match o {
                Term::Literal(l) => (
                    l.language().unwrap_or_default().to_owned(),
                    l.value().to_owned(),
                ),
                other => panic!("{subject} {predicate}: not text: {other}"),
            })
            .collect()
    }

    fn of_type(&self, class: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(_, p, o)| {
                p == RDF_TYPE && matches!(o, Term::NamedNode(n) if n.as_str() == class)
            })
            .map(|(s, _, _)| s.clone())
            .collect()
    }
}

/// Text in Swedish and in English, both present and not empty.
fn in_both_languages(rdf: &Rdf, subject: &str, predicate: &str) {
    let texts = rdf.texts(subject, predicate);
    for lang in ["sv", "en"] {
        assert!(
            texts.iter().any(|(l, t)| l == lang && !t.is_empty()),
            "{subject} {predicate} in {lang}: {texts:?}"
        );
    }
}

fn built() -> (SiteTest, Rdf) {
    let site = SiteTest::fixture("minimal");
    site.build_ok();
    let rdf = Rdf::parse(site.output("data/katalog.rdf").as_bytes());
    (site, rdf)
}

#[test]
fn the_catalog_has_every_mandatory_property() {
    let (_site, rdf) = built();
    assert_eq!(rdf.of_type(&format!("{DCAT}Catalog")), [CATALOG]);
    in_both_languages(&rdf, CATALOG, &format!("{DCT}title"));
    in_both_languages(&rdf, CATALOG, &format!("{DCT}description"));
    assert_eq!(rdf.links(CATALOG, &format!("{DCT}publisher")), [PUBLISHER]);
    assert_eq!(
        rdf.links(CATALOG, &format!("{DCT}license")),
        ["http://creativecommons.org/publicdomain/zero/1.0/"]
    );
    let datasets = rdf.links(CATALOG, &format!("{DCAT}dataset"));
    assert_eq!(datasets.len(), 1, "one dataset, the compacts: {datasets:?}");
    assert_eq!(rdf.of_type(&format!("{DCAT}Dataset")), datasets);
    for dataset in &datasets {
        in_both_languages(&rdf, dataset, &format!("{DCT}title"));
        in_both_languages(&rdf, dataset, &format!("{DCT}description"));
        assert_eq!(rdf.links(dataset, &format!("{DCT}publisher")), [PUBLISHER]);
        let files = rdf.links(dataset, &format!("{DCAT}distribution"));
        assert_eq!(files.len(), 2, "the JSON and the CSV: {files:?}");
        for file in &files {
            assert_eq!(
                rdf.links(file, &format!("{DCAT}accessURL")).len(),
                1,
                "{file}"
            );
            assert_eq!(rdf.texts(file, &format!("{DCT}format")).len(), 1, "{file}");
        }
    }
    let agents = rdf.of_type("http://xmlns.com/foaf/0.1/Agent");
    assert_eq!(agents, [PUBLISHER]);
    assert_eq!(
        rdf.links(PUBLISHER, &format!("{DCT}type")),
        ["http://purl.org/adms/publishertype/LocalAuthority"]
    );
    assert!(!rdf
        .texts(PUBLISHER, "http://xmlns.com/foaf/0.1/name")
        .is_empty());
}

#[test]
fn every_address_is_absolute_and_each_thing_has_its_own() {
    let (_site, rdf) = built();
    for (subject, _, object) in &rdf.0 {
        let addresses = std::iter::once(subject.as_str()).chain(match object {
            Term::NamedNode(node) => Some(node.as_str()),
            _ => None,
        });
        for address in addresses {
            assert!(
                address.starts_with("https://")
                    || address.starts_with("http://")
                    || address.starts_with("mailto:"),
                "{address}"
            );
        }
    }
    let contacts = rdf.of_type("http://www.w3.org/2006/vcard/ns#Organization");
    assert_eq!(contacts.len(), 1);
    assert_ne!(
        contacts[0], PUBLISHER,
        "the contact and the publisher differ"
    );
    assert_eq!(
        rdf.links(&contacts[0], "http://www.w3.org/2006/vcard/ns#hasEmail"),
        ["mailto:oppnadata@alfa.se"]
    );
    let classes = ["Catalog", "Dataset", "Distribution"];
    let mut things: Vec<String> = classes
        .iter()
        .flat_map(|c| rdf.of_type(&format!("{DCAT}{c}")))
        .chain(contacts)
        .chain([PUBLISHER.to_owned()])
        .collect();
    let all = things.len();
    things.sort();
    things.dedup();
    assert_eq!(things.len(), all, "one address each: {things:?}");
}

#[test]
fn each_file_is_described_with_its_real_size_format_and_dates() {
    let (site, rdf) = built();
    let files = rdf.of_type(&format!("{DCAT}Distribution"));
    let mut seen = Vec::new();
    for file in &files {
        let url = rdf.links(file, &format!("{DCAT}accessURL")).remove(0);
        assert_eq!(
            rdf.links(file, &format!("{DCAT}downloadURL")),
            vec![url.clone()]
        );
        let path = url
            .strip_prefix("https://www.alfa.se/overenskommelsen/")
            .expect("under base_url");
        let bytes = std::fs::metadata(site.root.join("output").join(path))
            .expect("the file is there")
            .len();
        let size = rdf.texts(file, &format!("{DCAT}byteSize"));
        assert_eq!(size, [(String::new(), bytes.to_string())], "{path}");
        let media = if path.ends_with(".json") {
            "application/json"
        } else {
            "text/csv"
        };
        assert_eq!(
            rdf.texts(file, &format!("{DCT}format")),
            [(String::new(), media.to_owned())]
        );
        assert_eq!(
            rdf.links(file, &format!("{DCAT}mediaType")),
            [format!(
                "https://www.iana.org/assignments/media-types/{media}"
            )]
        );
        in_both_languages(&rdf, file, &format!("{DCT}title"));
        // Taken from the content: Alfa's timeline starts in 2018, Alfa was adopted in 2019.
        assert_eq!(
            rdf.texts(file, &format!("{DCT}issued")),
            [(String::new(), "2018".to_owned())]
        );
        assert_eq!(
            rdf.texts(file, &format!("{DCT}modified")),
            [(String::new(), "2019-10-01".to_owned())]
        );
        seen.push(path.to_owned());
    }
    seen.sort();
    assert_eq!(seen, ["data/overenskommelser.json", "data/principer.csv"]);
}

#[test]
fn the_licence_and_language_follow_site_yaml() {
    let site = SiteTest::fixture("minimal").edit(
        "site.yaml",
        "language: sv",
        "language: en\ncontent_language: sv\ndata_license: CC-BY-4.0",
    );
    site.build_ok();
    let rdf = Rdf::parse(site.output("data/catalog.rdf").as_bytes());
    let catalog = "https://www.alfa.se/overenskommelsen/data/catalog.rdf";
    assert_eq!(
        rdf.links(catalog, &format!("{DCT}language")),
        ["http://publications.europa.eu/resource/authority/language/SWE"]
    );
    for file in rdf.of_type(&format!("{DCAT}Distribution")) {
        assert_eq!(
            rdf.links(&file, &format!("{DCT}license")),
            ["http://creativecommons.org/licenses/by/4.0/"]
        );
    }
}

#[test]
fn without_an_organisation_number_check_explains_what_harvesting_lacks() {
    let site =
        SiteTest::fixture("minimal").edit("site.yaml", "organisation_number: 212000-9994\n", "");
    let run = site.run(&["check"]);
    assert_eq!(run.code, 0, "only a warning: {}", run.stderr);
    assert!(
        run.stderr.contains(
            "varning: site.yaml: Sveriges dataportal kan inte skörda datakatalogen data/katalog.rdf utan organisationsnummer (organisation_number)"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with("0 fel och 1 varning\n"),
        "{}",
        run.stderr
    );
    // The catalog is still written, its publisher an address of its own.
    site.build_ok();
    let rdf = Rdf::parse(site.output("data/katalog.rdf").as_bytes());
    assert_eq!(
        rdf.links(CATALOG, &format!("{DCT}publisher")),
        [format!("{CATALOG}#publisher")]
    );
}

#[test]
fn an_example_address_cannot_be_harvested_and_check_says_so() {
    let site = SiteTest::fixture("minimal").edit(
        "site.yaml",
        "https://www.alfa.se/overenskommelsen/",
        "https://www.example.se/overenskommelsen/",
    );
    let run = site.run(&["check"]);
    assert!(
        run.stderr.contains("Sveriges dataportal kan inte skörda datakatalogen data/katalog.rdf: adresserna i den börjar med base_url"),
        "{}",
        run.stderr
    );
}
