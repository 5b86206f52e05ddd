//! overens publishes local compacts (överenskommelser) between Swedish municipalities and
//! their civil society as a static, accessible website, with pages that compare the
//! compacts' principles.
//!
//! A build reads the site in stages, each owned by one module, data flowing one way:
//!
//! 1. files: `site.yaml` by `config`, the theme by `templates`, every compact and
//!    principle by `content` (with `yaml`, `markdown` and `files`); problems are collected
//!    in `diagnostics`, never stopping at the first, and warnings come out of the same
//!    reading;
//! 2. the comparison model (matrix, topics, timeline, the compacts by county), pure data,
//!    by `compare`, and each compact's words for search by `terms`;
//! 3. what templates see by `views`, each page reading the model through `reads`, which
//!    notes what it reads;
//! 4. every page rendered by `pages` and the open data files by `data`;
//! 5. the output folder, written whole or not at all, by `output`.
//!
//! [`Site`] holds the stages together: [`Site::load`], then [`Site::build`]. For the preview,
//! `rebuild` renders again the pages whose reads an edit changed, `watch` calls it after
//! each save, and `serve` serves what it is given; `cli` wires them together.

mod brand;
mod check;
pub mod cli;
mod compare;
mod config;
mod content;
mod data;
mod date;
mod diagnostics;
mod files;
#[doc(hidden)]
pub mod fuzzing;
mod html;
pub mod import;
mod invisible;
mod markdown;
mod messages;
mod orgnr;
mod output;
mod pages;
mod reads;
mod rebuild;
mod scaffold;
mod serve;
mod site;
mod templates;
mod terms;
mod urls;
mod views;
mod watch;
mod yaml;

pub use check::{check, Report};
pub use diagnostics::{BuildError, Problem, Problems, Severity};
pub use messages::{Lang, Message};
pub use output::Page;
pub use rebuild::{Change, Live, Update};
pub use site::{BuildOptions, BuildReport, Site};
pub use watch::classify;
