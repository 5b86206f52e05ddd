//! The catalog of the open data (DCAT-AP-SE) as a file of the site, made by `data`.

use super::Ctx;
use crate::data;
use crate::diagnostics::Problem;
use crate::messages as m;

impl Ctx<'_, '_> {
    /// The catalog of the open data; it reads every compact it describes, so a rebuild
    /// makes it again whenever one changes.
    pub(super) fn catalog(&self) -> Result<Vec<u8>, Problem> {
        let config = self.input.config;
        let words = self.views.words();
        data::catalog(self.r, self.input.records, config, words).map_err(|error| {
            Problem::in_file(
                std::path::Path::new(words.catalog),
                m::CATALOG_NOT_WRITTEN.with(&[&error]),
            )
        })
    }
}
