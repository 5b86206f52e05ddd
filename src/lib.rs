//! overens publishes local compacts (överenskommelser) between Swedish municipalities and
//! their civil society as a static, accessible website, with pages that compare the
//! compacts' principles.
//!
//! A build reads the site in stages, each owned by one module:
//!
//! 1. [`config`]: `site.yaml`;
//! 2. [`templates`]: the theme, compiled in, with the site's overrides;
//! 3. [`content`]: every compact and principle, checked, with Markdown rendered once
//!    ([`markdown`]); problems are collected in [`diagnostics`], never stopping at the first;
//! 4. [`compare`]: the comparison model (matrix, topics, timeline), pure data;
//! 5. [`views`] and [`pages`]: what templates see, and every page rendered; [`data`] for
//!    the open data files;
//! 6. [`output`]: the folder written whole, or not at all.
//!
//! [`site::Site`] holds the stages together: `Site::load`, then `Site::build`.

pub mod cli;
pub mod compare;
pub mod config;
pub mod content;
pub mod data;
pub mod diagnostics;
pub mod markdown;
pub mod output;
pub mod pages;
pub mod site;
pub mod templates;
pub mod views;

pub use diagnostics::{BuildError, Problem, Problems};
pub use site::Site;

/// Picks the message in the site's language.
pub fn tr(lang: config::Lang, sv: &str, en: &str) -> String {
    match lang {
        config::Lang::Sv => sv.to_owned(),
        config::Lang::En => en.to_owned(),
    }
}
