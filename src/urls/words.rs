//! The URL words of each language, and the names a compact's folder or a principle's file
//! may not take because the site's own pages use them.

use crate::messages::Lang;
/// The URL words of one language.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Words {
    /// The comparison folder.
    pub(crate) compare: &'static str,
    /// The timeline folder.
    pub(crate) timeline: &'static str,
    /// The open data, as JSON.
    pub(crate) json: &'static str,
    /// The open data, as CSV.
    pub(crate) csv: &'static str,
    /// The catalog of the open data (DCAT-AP-SE, RDF/XML), for Sweden's data portal.
    pub(crate) catalog: &'static str,
    /// The accessibility statement.
    pub(crate) accessibility: &'static str,
    /// The search page.
    pub(crate) search: &'static str,
    /// The overview of every compact's living parts.
    pub(crate) overview: &'static str,
    /// The open data of signatories, as CSV.
    pub(crate) signatories_csv: &'static str,
    /// A compact's earlier versions (under the compact's folder).
    pub(crate) versions: &'static str,
    /// A compact's signatories (under the compact's folder).
    pub(crate) signatories: &'static str,
    /// A compact's action plan (under the compact's folder).
    pub(crate) plan: &'static str,
    /// The signatories by date (under the signatories' folder).
    pub(crate) by_date: &'static str,
    /// The second and later pages of a long list (under the list's folder): `sida-2`.
    pub(crate) page: &'static str,
    /// An easy-to-read version (lättläst): the front page's folder, and the folder inside a
    /// compact's.
    pub(crate) easy: &'static str,
    /// The folder of the counties' pages, on a site split by county.
    pub(crate) county: &'static str,
    /// The address word of the compacts that name no county, among the counties.
    pub(crate) no_county: &'static str,
}

impl Words {
    /// The words for `lang`.
    pub(crate) fn of(lang: Lang) -> Words {
        match lang {
            Lang::Sv => Words {
                compare: "jamfor",
                timeline: "tidslinje",
                json: "data/overenskommelser.json",
                csv: "data/principer.csv",
                catalog: "data/katalog.rdf",
                accessibility: "tillganglighet",
                search: "sok",
                overview: "oversikt",
                signatories_csv: "data/anslutna.csv",
                versions: "versioner",
                signatories: "anslutna",
                plan: "handlingsplan",
                by_date: "efter-datum",
                page: "sida",
                easy: "lattlast",
                county: "lan",
                no_county: "utan-lan",
            },
            Lang::En => Words {
                compare: "compare",
                timeline: "timeline",
                json: "data/compacts.json",
                csv: "data/principles.csv",
                catalog: "data/catalog.rdf",
                accessibility: "accessibility",
                search: "search",
                overview: "overview",
                signatories_csv: "data/signatories.csv",
                versions: "versions",
                signatories: "signatories",
                plan: "action-plan",
                by_date: "by-date",
                page: "page",
                easy: "easy-read",
                county: "county",
                no_county: "no-county",
            },
        }
    }

    /// The first part of every path these words make at the output root, and the words of a
    /// compact's own pages, which its principles' files may not take. Every field is named,
    /// so a word added to [`Words`] without being placed here does not compile.
    fn folders(self) -> ([&'static str; 11], [&'static str; 4]) {
        let Words {
            compare,
            timeline,
            json,
            csv,
            catalog,
            accessibility,
            search,
            overview,
            signatories_csv,
            versions,
            signatories,
            plan,
            by_date: _,
            // Only ever below a list's folder.
            page: _,
            easy,
            county,
            // Only ever below the county folder, the compare folder and the timeline's.
            no_county: _,
        } = self;
        let top = [
            compare,
            timeline,
            json,
            csv,
            catalog,
            accessibility,
            search,
            overview,
            signatories_csv,
            easy,
            county,
        ]
        .map(first_segment);
        (top, [versions, signatories, plan, easy])
    }
}

/// Files and folders at the output root that are not made from [`Words`].
const OTHER_TOP_NAMES: [&str; 7] = [
    "static",
    "sitemap",
    "404",
    "fragments",
    "feed",
    "robots",
    "search-index",
];

/// The names a compact's folder may not have, since the site's own pages, in either
/// language, use them: made from the URL words, so the two cannot drift apart.
pub(crate) fn reserved() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = [Lang::Sv, Lang::En]
        .into_iter()
        .flat_map(|lang| Words::of(lang).folders().0)
        .chain(OTHER_TOP_NAMES)
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// True when a compact's folder may not be named `slug`.
pub(crate) fn is_reserved(slug: &str) -> bool {
    reserved().contains(&slug)
}

/// True when a principle's file may not be named `slug`: a compact's own pages (its
/// versions, signatories, plan and easy-to-read version), in either language, use the name.
pub(crate) fn is_reserved_in_compact(slug: &str) -> bool {
    [Lang::Sv, Lang::En]
        .into_iter()
        .any(|lang| Words::of(lang).folders().1.contains(&slug))
}

fn first_segment(path: &'static str) -> &'static str {
    path.split('/').next().unwrap_or(path)
}
