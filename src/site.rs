//! The site: loaded once from its folder, then rendered by one driver, whether into an
//! output folder (`build`), into memory (`serve`) or nowhere but a check (`check`).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::Config;
use crate::content::{self, Content};
use crate::date::{day_of, today, PartialDate};
use crate::derive::{Before, Models, Settings};
use crate::diagnostics::{BuildError, Problems};
use crate::messages::Lang;
use crate::output::Page;
use crate::pages::{self, Input, Job, Made};
use crate::reads::{Base, Model, Read, Reader};
use crate::templates::{read_static, Theme};
use crate::urls::Words;
use crate::views::Languages;

/// What deriving the models takes from the site's settings and theme.
fn settings<'a>(config: &'a Config, theme: &'a Theme, record: bool) -> Settings<'a> {
    Settings {
        strings: &theme.strings,
        languages: Languages::of(config),
        base_url: &config.base_url,
        record,
    }
}

/// A site folder, read and checked.
#[derive(Debug, Clone)]
pub struct Site {
    /// The site's folder.
    pub(crate) root: PathBuf,
    /// `site.yaml`.
    pub(crate) config: Config,
    /// Everything under `content/`.
    pub(crate) content: Content,
    /// The theme, with the site's overrides.
    pub(crate) theme: Arc<Theme>,
    /// The day the site is made on.
    pub(crate) today: PartialDate,
    /// Everything derived from `content`.
    pub(crate) models: Models,
    /// Whether the models keep what they read, to be derived again after an edit.
    record: bool,
}

impl Site {
    /// Reads `site.yaml`, the theme and `content/`, reporting every problem found. `base_url`,
    /// when given, is the address the site is published at, over `site.yaml`'s.
    pub fn load(root: &Path, base_url: Option<&str>) -> Result<Site, BuildError> {
        Site::open(root, base_url, today(), false)
    }

    /// [`Site::load`] as on the day `day`: what is late, and how long ago things were, is
    /// reckoned from it.
    pub fn load_on(
        root: &Path,
        base_url: Option<&str>,
        day: jiff::civil::Date,
    ) -> Result<Site, BuildError> {
        Site::open(root, base_url, day_of(day), false)
    }

    /// [`Site::load`] on the day `today`; with `record`, every model keeps what it read, so
    /// that the site can be derived again after an edit ([`Site::again`]).
    pub(crate) fn open(
        root: &Path,
        base_url: Option<&str>,
        today: PartialDate,
        record: bool,
    ) -> Result<Site, BuildError> {
        let mut config = Config::load(root)?;
        if let Some(url) = base_url {
            config.publish_at(url);
        }
        let mut problems = Problems::default();
        let (theme, content) = rayon::join(
            || Theme::load(root, &config),
            || content::load(root, Words::of(config.language)),
        );
        let theme = theme.map_err(|p| problems.extend(p)).ok();
        let content = content.map_err(|p| problems.extend(p)).ok();
        match (theme, content) {
            (Some(theme), Some(content)) if !problems.has_errors() => {
                let base = Base {
                    content: &content,
                    today,
                };
                let models = Models::derive(base, settings(&config, &theme, record), None);
                Ok(Site {
                    root: root.to_path_buf(),
                    config,
                    content,
                    theme: Arc::new(theme),
                    today,
                    models,
                    record,
                })
            }
            _ => Err(BuildError::Content(problems)),
        }
    }

    /// The same site with `content` in place of its own, on the day `today`: every model
    /// whose reads answer the same is kept, the others are derived again.
    pub(crate) fn again(&self, content: Content, today: PartialDate) -> Site {
        let before = Before {
            base: self.base(),
            models: &self.models,
        };
        let base = Base {
            content: &content,
            today,
        };
        let models = Models::derive(
            base,
            settings(&self.config, &self.theme, self.record),
            Some(before),
        );
        Site {
            root: self.root.clone(),
            config: self.config.clone(),
            theme: Arc::clone(&self.theme),
            content,
            today,
            models,
            record: self.record,
        }
    }

    /// The site's language.
    pub fn language(&self) -> Lang {
        self.config.language
    }

    /// Every warning: what is allowed but probably not meant, each at its line.
    pub fn warnings(&self) -> Problems {
        let mut warnings = self.config.warnings.clone();
        warnings.extend(self.content.warnings());
        if self.config.require_sources {
            warnings.extend(self.content.unsourced());
        }
        warnings
    }

    /// The content and the day, as reads see them.
    pub(crate) fn base(&self) -> Base<'_> {
        Base {
            content: &self.content,
            today: self.today,
        }
    }

    /// The site as the rebuild compares it.
    pub(crate) fn model(&self) -> Model<'_> {
        Model {
            base: self.base(),
            facts: Some(&self.models.facts),
        }
    }

    fn input(&self) -> Input<'_> {
        Input {
            config: &self.config,
            theme: &self.theme,
            base: self.base(),
            models: &self.models,
        }
    }

    /// Every file the site has.
    pub(crate) fn jobs(&self) -> Vec<Job> {
        pages::jobs(&Reader::new(self.base(), &self.models.facts, false))
    }

    /// Every file the site has, with its path in the output, and what listing them read.
    pub(crate) fn jobs_noting(&self, record: bool) -> (Vec<(Job, String)>, Vec<Read>) {
        let reader = Reader::new(self.base(), &self.models.facts, record);
        let words = Words::of(self.config.language);
        let jobs = pages::jobs(&reader)
            .into_iter()
            .map(|job| (job, job.path(&reader, words)))
            .collect();
        (jobs, reader.into_reads())
    }

    /// The one driver: renders `jobs` and hands each file to `deliver` as soon as it is
    /// made, noting what each read when `record` is set. A build hands them to its outputs,
    /// a check and the preview keep them in memory.
    pub(crate) fn render_jobs<T: Send>(
        &self,
        jobs: &[Job],
        record: bool,
        deliver: impl Fn(Made) -> Result<T, BuildError> + Sync,
    ) -> Result<Vec<T>, BuildError> {
        pages::render(self.input(), jobs, record, deliver)
    }

    /// Renders every page and data file into memory.
    pub fn render(&self) -> Result<Vec<Page>, BuildError> {
        self.render_jobs(&self.jobs(), false, |made| Ok(made.page))
    }

    /// The static files: the theme's, then the site's own `static/` over them.
    /// The brand colours from `site.yaml` are added to the theme's `style.css`, so the site
    /// keeps one stylesheet.
    pub(crate) fn static_files(&self) -> Result<Vec<(PathBuf, Vec<u8>)>, BuildError> {
        let mut files = self.theme.static_files.clone();
        let mut problems = Problems::default();
        let dir = self.root.join("static");
        read_static(&self.root, &dir, &mut files, &mut problems);
        if !problems.is_empty() {
            return Err(BuildError::Content(problems));
        }
        if let Some((_, css)) = files.iter_mut().find(|(p, _)| p.as_os_str() == "style.css") {
            css.extend_from_slice(self.config.brand_css.as_bytes());
        }
        Ok(files)
    }
}
