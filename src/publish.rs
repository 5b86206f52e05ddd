//! `overens build`: the site loaded, rendered by the one driver ([`Site::render_jobs`]) and
//! each file handed, as soon as it is made, to the outputs: the site's folder, and the
//! fragments for a CMS beside it when asked for. The command line and the benchmark both call
//! [`build`], so the benchmark measures what users run.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::diagnostics::{BuildError, Problem, Problems};
use crate::messages as m;
use crate::output::fragments::{Fragments, Links};
use crate::output::{Output, Staging};
use crate::site::Site;

/// Choices for one build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Where the site is written (default: `ROOT/output`).
    pub output: Option<PathBuf>,
    /// The address the site is published at, over `site.yaml`'s.
    pub base_url: Option<String>,
    /// Also write each page's content as a fragment to paste into a CMS, in this folder,
    /// with an index page that says which goes where.
    pub fragments: Option<PathBuf>,
}

/// What a build did, for the one-line summary and the benchmark.
#[derive(Debug, Clone, Copy)]
pub struct BuildReport {
    /// Pages and data files written.
    pub pages: usize,
    /// The pages a reader can open: the HTML among `pages`.
    pub html: usize,
    /// Static files copied.
    pub assets: usize,
    /// Wall time of the whole build, loading included.
    pub elapsed: Duration,
    /// Of which reading the site and deriving its models.
    pub load: Duration,
    /// Of which rendering every page and writing it into the new output.
    pub render: Duration,
    /// Of which swapping the new output in for the old, and the fragments' index.
    pub finish: Duration,
}

/// A build: the site it loaded, for its warnings and language, and how writing it went.
#[derive(Debug)]
pub struct Built {
    /// The site, as loaded.
    pub site: Site,
    /// What was written, or why it could not be.
    pub written: Result<BuildReport, BuildError>,
}

/// Loads the site in `root` and writes it, as `overens build` does. `Err` when the site
/// could not be loaded, with its problems.
pub fn build(root: &Path, options: &BuildOptions) -> Result<Built, BuildError> {
    let started = Instant::now();
    let site = Site::load(root, options.base_url.as_deref())?;
    let loaded = started.elapsed();
    let out = options
        .output
        .clone()
        .unwrap_or_else(|| root.join("output"));
    let written = site
        .write(&out, options.fragments.as_deref())
        .map(|mut report| {
            report.load = loaded;
            report.elapsed = started.elapsed();
            report
        });
    Ok(Built { site, written })
}

impl Site {
    /// Renders the site into `out`, and the fragments into `fragments` when given. Each page
    /// goes into the new output as soon as it is rendered; the output is swapped in only
    /// when every page is, so a failed build leaves the old one as it was.
    fn write(&self, out: &Path, fragments: Option<&Path>) -> Result<BuildReport, BuildError> {
        let started = Instant::now();
        let lang = self.language();
        let assets = self.static_files()?;
        let site = Staging::begin(&self.root, out)?;
        site.assets(&assets)?;
        let links = if self.config.published {
            Links::To(&self.config.base_url)
        } else {
            Links::AsText
        };
        let fragments = match fragments {
            Some(folder) => {
                let title = &self.config.title;
                Some(Fragments::begin(&self.root, folder, links, title, lang)?)
            }
            None => None,
        };
        let mut outputs: Vec<&dyn Output> = vec![&site];
        outputs.extend(fragments.as_ref().map(|f| f as &dyn Output));
        let paths = self.render_jobs(&self.jobs(), false, |made| {
            for output in &outputs {
                output.page(&made.page)?;
            }
            Ok(made.page.path)
        })?;
        let rendered = started.elapsed();
        check_clashes(&paths, &assets)?;
        site.finish()?;
        if let Some(fragments) = fragments {
            fragments.finish()?;
        }
        Ok(BuildReport {
            html: paths.iter().filter(|p| p.ends_with(".html")).count(),
            pages: paths.len(),
            assets: assets.len(),
            elapsed: started.elapsed(),
            load: Duration::ZERO,
            render: rendered,
            finish: started.elapsed() - rendered,
        })
    }
}

/// A file in the site's `static/` with the path of a page would silently replace it.
fn check_clashes(paths: &[String], assets: &[(PathBuf, Vec<u8>)]) -> Result<(), BuildError> {
    let paths: HashSet<&str> = paths.iter().map(String::as_str).collect();
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
