//! The site: loaded once from its folder, then rendered by one driver, whether into an
//! output folder (`build`), into memory (`serve`) or nowhere but a check (`check`).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::compare::{self, Groups, Matrix};
use crate::config::Config;
use crate::content::{self, Content};
use crate::data::Records;
use crate::diagnostics::{BuildError, Problem, Problems};
use crate::messages::{self as m, Lang};
use crate::output::{self, fragments, Page};
use crate::pages::{self, Input, Job, Made};
use crate::reads::{Model, Read, Reader};
use crate::templates::{read_static, Theme};
use crate::terms::Terms;
use crate::urls::Words;
use crate::views::{Languages, Summaries};

/// Each compact's words for search, found in parallel.
fn all_terms(content: &Content) -> Vec<Arc<Terms>> {
    use rayon::prelude::*;
    content
        .compacts
        .par_iter()
        .map(|c| Arc::new(Terms::of(c)))
        .collect()
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
    /// Who says what on which topic, derived from `content`.
    pub(crate) matrix: Arc<Matrix>,
    /// Each compact as lists show it, derived from `content`.
    pub(crate) summaries: Summaries,
    /// Each compact's part of the data files, in content order.
    pub(crate) records: Vec<Arc<Records>>,
    /// The compacts by county, derived from `content`.
    pub(crate) groups: Arc<Groups>,
    /// Each compact's words, for the search index, in content order.
    pub(crate) terms: Vec<Arc<Terms>>,
}

/// Choices for one build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Also write each page's content as a fragment to paste into a CMS, in this folder,
    /// with an index page that says which goes where.
    pub fragments: Option<PathBuf>,
}

/// What a build did, for the one-line summary.
#[derive(Debug, Clone, Copy)]
pub struct BuildReport {
    /// Pages and data files written.
    pub pages: usize,
    /// The pages a reader can open: the HTML among `pages`.
    pub html: usize,
    /// Static files copied.
    pub assets: usize,
    /// Wall time of the whole build.
    pub elapsed: Duration,
}

impl Site {
    /// Reads `site.yaml`, the theme and `content/`, reporting every problem found. `base_url`,
    /// when given, is the address the site is published at, over `site.yaml`'s.
    pub fn load(root: &Path, base_url: Option<&str>) -> Result<Site, BuildError> {
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
                let records = Records::all(&content.compacts, &content.topics, &config.base_url);
                let matrix = Arc::new(compare::matrix(&content));
                let groups = Arc::new(Groups::of(&content));
                let terms = all_terms(&content);
                let summaries = Summaries::of(
                    Model {
                        content: &content,
                        matrix: &matrix,
                        groups: &groups,
                        terms: &terms,
                    },
                    &theme.strings,
                    Languages::of(&config),
                );
                Ok(Site {
                    root: root.to_path_buf(),
                    config,
                    matrix,
                    summaries,
                    content,
                    theme: Arc::new(theme),
                    records,
                    groups,
                    terms,
                })
            }
            _ => Err(BuildError::Content(problems)),
        }
    }

    /// The same site with `content` in place of its own: the comparison is made again, and
    /// only the compacts that changed are serialized again.
    pub(crate) fn with_content(&self, content: Content) -> Site {
        let records = content
            .compacts
            .iter()
            .enumerate()
            .map(
                |(i, compact)| match (self.content.compacts.get(i), self.records.get(i)) {
                    (Some(old), Some(record)) if Arc::ptr_eq(old, compact) => Arc::clone(record),
                    _ => Arc::new(Records::of(compact, &content.topics, &self.config.base_url)),
                },
            )
            .collect();
        let matrix = if compare::same_matrix(&self.content, &content) {
            Arc::clone(&self.matrix)
        } else {
            Arc::new(compare::matrix(&content))
        };
        let terms: Vec<Arc<Terms>> = content
            .compacts
            .iter()
            .enumerate()
            .map(
                |(i, compact)| match (self.content.compacts.get(i), self.terms.get(i)) {
                    (Some(old), Some(terms)) if Arc::ptr_eq(old, compact) => Arc::clone(terms),
                    _ => Arc::new(Terms::of(compact)),
                },
            )
            .collect();
        let groups = Groups::of(&content);
        let groups = if groups == *self.groups {
            Arc::clone(&self.groups)
        } else {
            Arc::new(groups)
        };
        let new = Model {
            content: &content,
            matrix: &matrix,
            groups: &groups,
            terms: &terms,
        };
        let same_compacts = self.content.compacts.len() == content.compacts.len()
            && self
                .content
                .compacts
                .iter()
                .zip(&content.compacts)
                .all(|(a, b)| a.slug == b.slug);
        let summaries = if same_compacts {
            let languages = Languages::of(&self.config);
            self.summaries
                .again(self.model(), new, &self.theme.strings, languages)
        } else {
            Summaries::of(new, &self.theme.strings, Languages::of(&self.config))
        };
        Site {
            root: self.root.clone(),
            config: self.config.clone(),
            theme: Arc::clone(&self.theme),
            matrix,
            summaries,
            content,
            records,
            groups,
            terms,
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

    pub(crate) fn model(&self) -> Model<'_> {
        Model {
            content: &self.content,
            matrix: &self.matrix,
            groups: &self.groups,
            terms: &self.terms,
        }
    }

    fn input(&self) -> Input<'_> {
        Input {
            config: &self.config,
            theme: &self.theme,
            model: self.model(),
            records: &self.records,
            summaries: &self.summaries,
        }
    }

    /// Every file the site has, with its path in the output.
    pub(crate) fn jobs(&self) -> Vec<(Job, String)> {
        self.jobs_noting(false).0
    }

    /// Every file the site has, with its path in the output, and what listing them read.
    pub(crate) fn jobs_noting(&self, record: bool) -> (Vec<(Job, String)>, Vec<Read>) {
        let reader = Reader::new(self.model(), record);
        let words = Words::of(self.config.language);
        let jobs = pages::jobs(&reader)
            .into_iter()
            .map(|job| (job, job.path(&reader, words)))
            .collect();
        (jobs, reader.into_reads())
    }

    /// The one driver: renders `jobs` and hands each file to `deliver`, noting what each
    /// read when `record` is set.
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
        let jobs: Vec<Job> = self.jobs().into_iter().map(|(job, _)| job).collect();
        self.render_jobs(&jobs, false, |made| Ok(made.page))
    }

    /// Each compact's folder name and its principles' file names (without `.md`), in the
    /// order the site lists them: for tools that edit a site, such as the benchmark.
    pub fn outline(&self) -> Vec<(String, Vec<String>)> {
        self.content
            .compacts
            .iter()
            .map(|c| {
                let principles = c.principles.iter().map(|p| p.slug.clone()).collect();
                (c.slug.clone(), principles)
            })
            .collect()
    }

    /// Writes `pages` and the static files as the new content of `out`, whole or not at all.
    pub fn write(&self, out: &Path, pages: &[Page]) -> Result<(), BuildError> {
        output::write(&self.root, out, pages, &self.static_files())
    }

    /// The static files: the theme's, then the site's own `static/` over them.
    /// The brand colours from `site.yaml` are added to the theme's `style.css`, so the site
    /// keeps one stylesheet.
    pub(crate) fn static_files(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let mut files = self.theme.static_files.clone();
        read_static(&self.root.join("static"), &mut files);
        let (brand, _) = crate::brand::css(&self.config.colors);
        if let Some((_, css)) = files.iter_mut().find(|(p, _)| p.as_os_str() == "style.css") {
            css.extend_from_slice(brand.as_bytes());
        }
        files
    }

    /// A file in the site's `static/` with the path of a page would silently replace it.
    pub(crate) fn check_clashes(
        &self,
        paths: &[String],
        assets: &[(PathBuf, Vec<u8>)],
    ) -> Result<(), BuildError> {
        let paths: std::collections::HashSet<&str> = paths.iter().map(String::as_str).collect();
        let mut problems = Problems::default();
        for (path, _) in assets {
            let shown = path.to_string_lossy().replace('\\', "/");
            if paths.contains(shown.as_str()) {
                problems.push(
                    Problem::in_file(&Path::new("static").join(path), m::FILE_HAS_PATH_PAGE_SITE)
                        .with_hint(m::RENAME_FILE),
                );
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(BuildError::Content(problems))
        }
    }

    /// Renders the site and puts it in `out`, replacing what was there only on success.
    /// Each page is written into the new output as soon as it is rendered; the output is
    /// swapped in only when every page is.
    pub fn build(
        &self,
        out: &Path,
        started: Instant,
        options: &BuildOptions,
    ) -> Result<BuildReport, BuildError> {
        let lang = self.config.language;
        let assets = self.static_files();
        let staging = output::Staging::begin(&self.root, out)?;
        staging.assets(&assets)?;
        let fragments_to = match &options.fragments {
            Some(folder) => Some(output::Staging::begin(&self.root, folder)?),
            None => None,
        };
        let links = if self.config.published {
            fragments::Links::To(&self.config.base_url)
        } else {
            fragments::Links::AsText
        };
        let search_page = crate::urls::search(Words::of(lang));
        let jobs: Vec<Job> = self.jobs().into_iter().map(|(job, _)| job).collect();
        let written = self.render_jobs(&jobs, false, |made| {
            let page = made.page;
            let fragment = fragments_to
                .as_ref()
                .and_then(|to| Some((to, fragments::of_page(&page, links, &search_page)?)));
            staging.page(&page)?;
            let listed = match fragment {
                Some((to, fragment)) => {
                    let name = fragments::file_name(&fragment.page.path, lang);
                    to.file(Path::new(&name), &fragment.page.bytes)?;
                    Some((name, fragment.page.path, fragment.title))
                }
                None => None,
            };
            Ok((page.path, listed))
        })?;
        let (paths, listed): (Vec<String>, Vec<_>) = written.into_iter().unzip();
        self.check_clashes(&paths, &assets)?;
        staging.finish()?;
        if let Some(to) = fragments_to {
            let mut listed: Vec<(String, String, String)> = listed.into_iter().flatten().collect();
            listed.sort();
            let index = fragments::index(&listed, links, &self.config.title, lang);
            to.file(Path::new("index.html"), index.as_bytes())?;
            to.finish()?;
        }
        Ok(BuildReport {
            html: paths.iter().filter(|p| p.ends_with(".html")).count(),
            pages: paths.len(),
            assets: assets.len(),
            elapsed: started.elapsed(),
        })
    }
}
