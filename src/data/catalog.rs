//! The catalog of the site's open data, in DCAT-AP-SE (the Swedish profile of the EU's
//! DCAT-AP) as RDF/XML: what Sweden's data portal, dataportal.se, harvests each night.
//!
//! The portal's rules (Digg's `docs/harvesting.md` in diggsweden/DCAT-AP-SE) shape it: every
//! address is absolute, made from `base_url`; the catalog, its datasets, their
//! distributions, the publisher and the contact point each have an address of their own,
//! never a blank node; the publisher is `http://dataportal.se/organisation/SE` and the
//! organisation number; every text is tagged with its language, in Swedish and English both.
//! Dates come from the content, never from the clock, so a build is the same whenever it
//! runs. The catalog's own address is the file's, so a municipality's main catalog can name
//! it with `dcterms:hasPart` and the portal fetches it from there.

use std::io;
use std::sync::Arc;

use oxrdf::vocab::{rdf, xsd};
use oxrdf::{LiteralRef, NamedNode, NamedNodeRef, TermRef, TripleRef};
use oxrdfxml::{RdfXmlSerializer, WriterRdfXmlSerializer};

use super::Records;
use crate::config::Config;
use crate::content::PartialDate;
use crate::messages::{self as m, Lang, Msg};
use crate::reads::Reader;
use crate::urls::Words;

mod datasets;
mod vocab;

use datasets::datasets;
use vocab::*;

/// The catalog, as RDF/XML, of the open data `records` hold, described for the site of
/// `config`.
pub(crate) fn catalog(
    r: &Reader<'_>,
    records: &[Arc<Records>],
    config: &Config,
    words: Words,
) -> io::Result<Vec<u8>> {
    let datasets = datasets(r, records, words);
    let base = &config.base_url;
    let address = format!("{base}{}", words.catalog);
    let at = |fragment: &str| node(format!("{address}#{fragment}"));
    let open = &config.open_data;
    let publisher = match &open.organisation_number {
        Some(number) => node(format!("{PORTAL_ORGANISATION}{}", number.digits())),
        None => at("publisher"),
    };
    let contact = open.contact.as_ref().map(|_| at("contact"));
    let name = config.organisation.as_deref().unwrap_or(&config.title);
    // The site's content language, then any a compact says of its own.
    let own = r.ids().filter_map(|c| r.compact(c).language.as_deref());
    let mut languages: Vec<&str> = Vec::new();
    for tag in std::iter::once(config.content_language.as_str()).chain(own) {
        if let Some(address) = language_iri(tag).filter(|a| !languages.contains(a)) {
            languages.push(address);
        }
    }
    let span = datasets
        .iter()
        .filter_map(|d| d.dates)
        .reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)));
    let mut out = Triples::new()?;

    let catalog = node(address.clone());
    let c = catalog.as_ref();
    out.add(c, rdf::TYPE.as_str(), iri(DCAT_CATALOG))?;
    out.both(c, DCT_TITLE, m::CATALOG_TITLE, &[&name])?;
    out.both(
        c,
        DCT_DESCRIPTION,
        m::CATALOG_DESCRIPTION,
        &[&config.title, base],
    )?;
    out.add(c, DCT_PUBLISHER, publisher.as_ref())?;
    // DCAT-AP-SE requires the catalog's own metadata to be free to reuse (CC0).
    out.add(c, DCT_LICENSE, iri(CC0))?;
    for language in &languages {
        out.add(c, DCT_LANGUAGE, iri(language))?;
    }
    out.add(c, FOAF_HOMEPAGE, node(base.clone()).as_ref())?;
    out.add(c, DCAT_THEME_TAXONOMY, iri(DATA_THEMES))?;
    out.dates(c, span)?;
    let dataset_nodes: Vec<NamedNode> = datasets.iter().map(|d| at(d.id)).collect();
    for dataset in &dataset_nodes {
        out.add(c, DCAT_DATASET, dataset.as_ref())?;
    }

    let p = publisher.as_ref();
    out.add(p, rdf::TYPE.as_str(), iri(FOAF_AGENT))?;
    out.add(p, FOAF_NAME, lang_text(name, config.language))?;
    if let Some(number) = &open.organisation_number {
        if let Some(kind) = number.publisher_type() {
            out.add(
                p,
                DCT_TYPE,
                node(format!("{PUBLISHER_TYPE}{kind}")).as_ref(),
            )?;
        }
        out.add(
            p,
            DCT_IDENTIFIER,
            LiteralRef::new_simple_literal(&number.written()),
        )?;
    }

    if let (Some(contact), Some(email)) = (&contact, &open.contact) {
        let k = contact.as_ref();
        out.add(k, rdf::TYPE.as_str(), iri(VCARD_ORGANIZATION))?;
        out.add(k, VCARD_FN, LiteralRef::new_simple_literal(name))?;
        out.add(k, VCARD_HAS_EMAIL, node(format!("mailto:{email}")).as_ref())?;
    }

    for (dataset, id) in datasets.iter().zip(&dataset_nodes) {
        let d = id.as_ref();
        out.add(d, rdf::TYPE.as_str(), iri(DCAT_DATASET_CLASS))?;
        out.both(d, DCT_TITLE, dataset.title, &[&name])?;
        out.both(d, DCT_DESCRIPTION, dataset.description, &[])?;
        out.add(d, DCT_PUBLISHER, p)?;
        if let Some(contact) = &contact {
            out.add(d, DCAT_CONTACT_POINT, contact.as_ref())?;
        }
        for keyword in dataset.keywords {
            out.both(d, DCAT_KEYWORD, *keyword, &[])?;
        }
        for theme in dataset.themes {
            out.add(
                d,
                DCAT_THEME,
                node(format!("{DATA_THEMES}/{theme}")).as_ref(),
            )?;
        }
        out.add(d, DCT_ACCESS_RIGHTS, iri(PUBLIC))?;
        for language in &languages {
            out.add(d, DCT_LANGUAGE, iri(language))?;
        }
        out.add(d, DCAT_LANDING_PAGE, node(base.clone()).as_ref())?;
        out.dates(d, dataset.dates)?;
        let files: Vec<NamedNode> = dataset.distributions.iter().map(|f| at(f.id)).collect();
        for file in &files {
            out.add(d, DCAT_DISTRIBUTION, file.as_ref())?;
        }
        for (file, id) in dataset.distributions.iter().zip(&files) {
            let f = id.as_ref();
            let url = node(format!("{base}{}", file.path));
            out.add(f, rdf::TYPE.as_str(), iri(DCAT_DISTRIBUTION_CLASS))?;
            out.both(f, DCT_TITLE, file.title, &[])?;
            out.both(f, DCT_DESCRIPTION, file.description, &[])?;
            out.add(f, DCAT_ACCESS_URL, url.as_ref())?;
            out.add(f, DCAT_DOWNLOAD_URL, url.as_ref())?;
            out.add(
                f,
                DCT_FORMAT,
                LiteralRef::new_simple_literal(file.media_type),
            )?;
            let media = node(format!("{IANA_MEDIA_TYPES}{}", file.media_type));
            out.add(f, DCAT_MEDIA_TYPE, media.as_ref())?;
            let bytes = file.bytes.to_string();
            out.add(
                f,
                DCAT_BYTE_SIZE,
                LiteralRef::new_typed_literal(&bytes, xsd::NON_NEGATIVE_INTEGER),
            )?;
            out.add(f, DCT_LICENSE, iri(open.license.iri()))?;
            out.add(f, DCATAP_AVAILABILITY, iri(STABLE))?;
            out.dates(f, dataset.dates)?;
        }
    }
    out.finish()
}

/// An address made from the site's `base_url`. A `base_url` that is not a whole address
/// (which `check` warns of: the portal could not harvest the catalog) is written as it is,
/// so the file is still well-formed XML, read against the address it is fetched from.
fn node(address: String) -> NamedNode {
    NamedNode::new(address.clone()).unwrap_or_else(|_| NamedNode::new_unchecked(address))
}

/// One of the vocabularies' addresses, all written in [`vocab`] and checked by its tests.
fn iri(address: &'static str) -> NamedNodeRef<'static> {
    NamedNodeRef::new_unchecked(address)
}

/// Text in `lang`, tagged with it.
fn lang_text(text: &str, lang: Lang) -> LiteralRef<'_> {
    LiteralRef::new_language_tagged_literal_unchecked(text, lang.code())
}

/// A date as DCAT-AP-SE takes it: a whole date, or else its year.
fn date_literal(date: PartialDate) -> (String, NamedNodeRef<'static>) {
    match (date.month, date.day) {
        (Some(_), Some(_)) => (date.to_string(), xsd::DATE),
        _ => (format!("{:04}", date.year), xsd::G_YEAR),
    }
}

/// The address of a language in the EU's vocabulary of languages, for the languages
/// Swedish compacts are written in; `None` for others.
fn language_iri(tag: &str) -> Option<&'static str> {
    let primary = tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
    LANGUAGES
        .iter()
        .find(|(code, _)| *code == primary)
        .map(|(_, address)| *address)
}

/// The triples of the catalog, written out as they come: each subject's triples must come
/// together, its type first, for the subject to be one element.
struct Triples {
    out: WriterRdfXmlSerializer<Vec<u8>>,
}

impl Triples {
    fn new() -> io::Result<Triples> {
        let mut serializer = RdfXmlSerializer::new();
        for (prefix, namespace) in PREFIXES {
            serializer = serializer
                .with_prefix(*prefix, *namespace)
                .map_err(io::Error::other)?;
        }
        Ok(Triples {
            out: serializer.for_writer(Vec::new()),
        })
    }

    fn add<'a>(
        &mut self,
        subject: NamedNodeRef<'a>,
        predicate: &'static str,
        object: impl Into<TermRef<'a>>,
    ) -> io::Result<()> {
        self.out
            .serialize_triple(TripleRef::new(subject, iri(predicate), object.into()))
    }

    /// `text` in Swedish and in English, each tagged with its language.
    fn both(
        &mut self,
        subject: NamedNodeRef<'_>,
        predicate: &'static str,
        text: Msg,
        values: &[&dyn m::Arg],
    ) -> io::Result<()> {
        let text = text.with(values);
        for lang in [Lang::Sv, Lang::En] {
            let text = text.text(lang);
            self.add(subject, predicate, lang_text(&text, lang))?;
        }
        Ok(())
    }

    /// When something was first issued and last modified.
    fn dates(
        &mut self,
        subject: NamedNodeRef<'_>,
        span: Option<(PartialDate, PartialDate)>,
    ) -> io::Result<()> {
        let Some((first, last)) = span else {
            return Ok(());
        };
        for (predicate, date) in [(DCT_ISSUED, first), (DCT_MODIFIED, last)] {
            let (text, datatype) = date_literal(date);
            self.add(
                subject,
                predicate,
                LiteralRef::new_typed_literal(&text, datatype),
            )?;
        }
        Ok(())
    }

    fn finish(self) -> io::Result<Vec<u8>> {
        self.out.finish()
    }
}

#[cfg(test)]
mod tests;
