//! overens publishes local compacts (överenskommelser) between Swedish municipalities and
//! their civil society as a static, accessible website, with pages that compare the
//! compacts' principles.
//!
//! A build reads the site in stages, each owned by one module:
//!
//! 1. `site.yaml` is read by [`config`];
//! 2. the theme, compiled in, with the site's overrides, by [`templates`];
//! 3. every compact and principle, checked, by [`content`], with Markdown rendered once by
//!    [`markdown`]; problems are collected in [`diagnostics`], never stopping at the first;
//! 4. the comparison model (matrix, topics, timeline), pure data, by [`compare`];
//! 5. what templates see by [`views`], every page rendered by [`pages`], and the open data
//!    files by [`data`];
//! 6. the output folder, written whole or not at all, by [`output`].
//!
//!
//! [`site::Site`] holds the stages together: `Site::load`, then `Site::build`.

pub mod brand;
pub mod check;
pub mod cli;
pub mod compare;
pub mod config;
pub mod content;
pub mod data;
pub mod diagnostics;
pub mod fragments;
pub mod incremental;
pub mod markdown;
pub mod output;
pub mod pages;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod site;
pub mod templates;
pub mod views;
pub mod watch;

pub use diagnostics::{BuildError, Problem, Problems};
pub use site::Site;

/// Picks the message in the site's language.
pub fn tr(lang: config::Lang, sv: &str, en: &str) -> String {
    match lang {
        config::Lang::Sv => sv.to_owned(),
        config::Lang::En => en.to_owned(),
    }
}
