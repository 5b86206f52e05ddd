//! overens publishes local compacts (överenskommelser) between Swedish municipalities and
//! their civil society as a static, accessible website, with pages that compare the
//! compacts' principles.
//!
//! A build reads the site in stages, each owned by one module, data flowing one way:
//!
//! 1. files: `site.yaml` by `config`, the theme by `templates`, every compact and
//!    principle by `content` (with `yaml`, `markdown` and `files`, the one place a file of
//!    the site is opened); problems are collected in `diagnostics` as messages and values
//!    (`messages`), never stopping at the first, and put into a language only when shown;
//! 2. the site's models, derived once by `derive`, each through the reads it makes: the
//!    comparison model (matrix, topics, what happened in each process, where each compact's
//!    living parts stand, the compacts by county) by `compare`, each compact's words for
//!    search by `terms`, what lists show of each compact by `views`;
//! 3. what templates see by `views`, each page reading the content, the models and the day
//!    through `reads`, one function a read, which notes what it reads;
//! 4. every page rendered by `pages`, where each family of pages says in its own module
//!    which pages it makes, where they go and what they show, and the open data by `data`;
//! 5. the outputs, each file handed to them as it is made: the site's folder, written whole
//!    or not at all, and the fragments for a CMS, by `output`.
//!
//! [`Site`] holds the stages together ([`Site::load`]); [`build`] is the one driver that
//! `overens build` and the benchmark call. For the preview, `rebuild` derives the site again
//! after an edit or a new day and renders again the pages whose recorded reads answer
//! differently, `watch` calls it after each save, and `serve` serves what it is given; `cli`
//! wires them together.

mod brand;
mod check;
pub mod cli;
mod compare;
mod config;
mod content;
mod data;
mod date;
mod derive;
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
mod publish;
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
pub use publish::{build, BuildOptions, BuildReport, Built};
pub use rebuild::{Change, Clock, Live, Update};
pub use site::Site;
pub use watch::classify;
