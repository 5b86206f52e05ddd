//! The site: loaded once from its folder, then built into an output folder.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::compare::{self, Matrix};
use crate::config::Config;
use crate::content::{self, Content};
use crate::data::Records;
use crate::diagnostics::{BuildError, Problems};
use crate::output;
use crate::pages::{self, Page};
use crate::templates::{read_static, Theme};

/// A site folder, read and checked.
#[derive(Debug)]
pub struct Site {
    /// The site's folder.
    pub root: PathBuf,
    /// `site.yaml`.
    pub config: Config,
    /// Everything under `content/`.
    pub content: Content,
    /// The theme, with the site's overrides.
    pub theme: Theme,
    /// Who says what on which topic, derived from `content`.
    pub matrix: Matrix,
    /// Each compact's part of the data files and the search index, in content order.
    pub records: Vec<Records>,
}

/// Choices for one build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Also write each page's content as a fragment to paste into a CMS, in `fragments/`.
    pub fragments: bool,
}

/// What a build did, for the one-line summary.
#[derive(Debug, Clone, Copy)]
pub struct BuildReport {
    /// Pages and data files written.
    pub pages: usize,
    /// Static files copied.
    pub assets: usize,
    /// Wall time of the whole build.
    pub elapsed: Duration,
}

impl Site {
    /// Reads `site.yaml`, the theme and `content/`, reporting every problem found.
    pub fn load(root: &Path, base_url: Option<&str>) -> Result<Site, BuildError> {
        let mut config = Config::load(root).map_err(|p| {
            let mut problems = Problems::default();
            problems.push(p);
            problems
        })?;
        if let Some(url) = base_url {
            config.base_url = crate::config::normalize_base_url(url);
        }
        let mut problems = Problems::default();
        let (theme, content) = rayon::join(
            || Theme::load(root, &config),
            || content::load(root, config.language),
        );
        let theme = theme.map_err(|p| problems.extend(p)).ok();
        let content = content.map_err(|p| problems.extend(p)).ok();
        match (theme, content) {
            (Some(theme), Some(content)) if !problems.has_errors() => {
                let mut site = Site {
                    root: root.to_path_buf(),
                    config,
                    matrix: compare::matrix(&content),
                    content,
                    theme,
                    records: Vec::new(),
                };
                site.records = Records::all(&site);
                Ok(site)
            }
            _ => Err(BuildError::Content(problems)),
        }
    }

    /// Renders every page.
    pub fn render(&self) -> Result<Vec<Page>, BuildError> {
        pages::render(self)
    }

    /// The static files: the theme's, then the site's own `static/` over them.
    /// The brand colours from `site.yaml` are added to the theme's `style.css`, so the site
    /// keeps one stylesheet.
    pub fn static_files(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let mut files = self.theme.static_files.clone();
        read_static(&self.root.join("static"), &mut files);
        let (brand, _) = crate::brand::css(&self.config.colors);
        if let Some((_, css)) = files.iter_mut().find(|(p, _)| p.as_os_str() == "style.css") {
            css.extend_from_slice(brand.as_bytes());
        }
        files
    }

    /// A file in the site's `static/` with the path of a page would silently replace it.
    fn check_clashes(
        &self,
        paths: &[String],
        assets: &[(PathBuf, Vec<u8>)],
    ) -> Result<(), BuildError> {
        let lang = self.config.language;
        let paths: std::collections::HashSet<&str> = paths.iter().map(String::as_str).collect();
        let mut problems = Problems::default();
        for (path, _) in assets {
            let shown = path.to_string_lossy().replace('\\', "/");
            if paths.contains(shown.as_str()) {
                problems.push(
                    crate::Problem::in_file(
                        &Path::new("static").join(path),
                        crate::tr(
                            lang,
                            "filen har samma sökväg som en sida som webbplatsen skapar, och skulle ersätta den",
                            "the file has the path of a page the site makes, and would replace it",
                        ),
                    )
                    .with_hint(crate::tr(lang, "byt namn på filen", "rename the file")),
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
    pub fn build(&self, out: &Path, started: Instant) -> Result<BuildReport, BuildError> {
        self.build_with(out, started, &BuildOptions::default())
    }

    /// [`Site::build`], with the choices of `options`. Each page is written into the new
    /// output as soon as it is rendered; the output is swapped in only when every page is.
    pub fn build_with(
        &self,
        out: &Path,
        started: Instant,
        options: &BuildOptions,
    ) -> Result<BuildReport, BuildError> {
        let assets = self.static_files();
        let staging = output::Staging::begin(&self.root, out, self.config.language)?;
        staging.assets(&assets)?;
        let base_url = &self.config.base_url;
        let written = pages::render_each(self, &pages::all_jobs(&self.content), true, |page| {
            let fragment = options
                .fragments
                .then(|| crate::fragments::of_page(&page, base_url))
                .flatten();
            staging.page(&page)?;
            let mut paths = vec![page.path];
            if let Some(fragment) = fragment {
                staging.page(&fragment)?;
                paths.push(fragment.path);
            }
            Ok(paths)
        })?;
        let paths: Vec<String> = written.into_iter().flatten().collect();
        self.check_clashes(&paths, &assets)?;
        staging.finish()?;
        Ok(BuildReport {
            pages: paths.len(),
            assets: assets.len(),
            elapsed: started.elapsed(),
        })
    }
}
