//! The search index, made by `data`: the topics, what results show of each compact, and the
//! parts of the index, each a script the search page loads only when a query needs it.

use super::family::{Family, Place};
use super::Ctx;
use crate::content::CompactId;
use crate::data;
use crate::diagnostics::Problem;
use crate::output::Page;
use crate::reads::Reader;
use crate::terms::{key_name, Key};
use crate::urls::{self, Words};

/// A file of the search index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SearchJob {
    /// The topics.
    Topics,
    /// What search results show of a compact.
    Compact(CompactId),
    /// One part of the index: the words starting with two letters.
    Part(Key),
}

impl Family for SearchJob {
    fn list(r: &Reader<'_>, add: &mut dyn FnMut(Self)) {
        add(SearchJob::Topics);
        for c in r.ids() {
            add(SearchJob::Compact(c));
        }
        for &key in r.keys() {
            add(SearchJob::Part(key));
        }
    }

    fn place(self) -> Place {
        match self {
            // Listed with the data files, last of them.
            SearchJob::Topics => Place::File(7),
            SearchJob::Compact(c) => Place::SearchCompact(c),
            SearchJob::Part(key) => Place::SearchPart(key),
        }
    }

    fn path(self, _: &Reader<'_>, _: Words) -> String {
        match self {
            SearchJob::Topics => urls::SEARCH_TOPICS.to_owned(),
            SearchJob::Compact(c) => urls::search_compact(c.index()),
            SearchJob::Part(key) => urls::search_part(&key_name(key)),
        }
    }

    fn in_sitemap(self) -> bool {
        false
    }

    fn make(self, page: &Ctx<'_, '_>) -> Result<Page, Problem> {
        let r = page.r;
        let bytes = match self {
            SearchJob::Topics => data::search_topics(r, page.views),
            SearchJob::Compact(c) => data::search_compact(r, c),
            SearchJob::Part(key) => data::search_part(r, key),
        };
        Ok(page.file(bytes))
    }
}
