//! The front matter of a compact's `_index.md` as written, before it is checked: every key
//! an editor may write, each value with its position where a problem may point at it.

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::date::RawDate;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CompactFront {
    pub(super) title: Spanned<String>,
    pub(super) municipality: String,
    pub(super) kind: Option<Spanned<String>>,
    pub(super) county: Option<Spanned<String>>,
    pub(super) status: Spanned<String>,
    pub(super) adopted: Option<Spanned<RawDate>>,
    pub(super) revised: Option<Spanned<RawDate>>,
    pub(super) decided_by: Option<String>,
    pub(super) endorses: Option<Spanned<String>>,
    pub(super) summary: Option<String>,
    #[serde(default)]
    pub(super) timeline: Vec<EventFront>,
    #[serde(default)]
    pub(super) contacts: Vec<ContactFront>,
    #[serde(default)]
    pub(super) sources: Vec<SourceFront>,
    #[serde(default)]
    pub(super) signatory_counts: Vec<CountFront>,
    pub(super) signatories_source: Option<Spanned<SourceFront>>,
    pub(super) signatories_complete: Option<Spanned<bool>>,
    pub(super) signatories_full_list: Option<SourceFront>,
    pub(super) replaced_by: Option<ReplacedFront>,
    #[serde(default)]
    pub(super) followups: Vec<FollowupFront>,
    pub(super) follow_up_every_years: Option<Spanned<u8>>,
    pub(super) language: Option<Spanned<String>>,
    pub(super) principles_published: Option<Spanned<bool>>,
    pub(super) text_published: Option<Spanned<bool>>,
    pub(super) kept_at: Option<SourceFront>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EventFront {
    pub(super) date: Spanned<RawDate>,
    pub(super) text: String,
    pub(super) url: Option<Spanned<String>>,
    pub(super) source: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ContactFront {
    pub(super) name: String,
    pub(super) role: Option<String>,
    pub(super) email: Option<String>,
    pub(super) phone: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SourceFront {
    pub(super) title: String,
    pub(super) date: Option<Spanned<RawDate>>,
    pub(super) dnr: Option<String>,
    pub(super) url: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CountFront {
    pub(super) count: u32,
    pub(super) date: Spanned<RawDate>,
    pub(super) source: Option<String>,
    pub(super) url: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ReplacedFront {
    pub(super) title: Spanned<String>,
    pub(super) url: Option<Spanned<String>>,
    pub(super) compact: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FollowupFront {
    pub(super) date: Spanned<RawDate>,
    pub(super) title: String,
    pub(super) kind: Option<Spanned<String>>,
    pub(super) url: Option<Spanned<String>>,
    pub(super) source: Option<String>,
    pub(super) text: Option<String>,
}

/// An earlier version's `_index.md`.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct VersionFront {
    pub(super) title: Option<String>,
    pub(super) decided_by: Option<String>,
    pub(super) summary: Option<String>,
    #[serde(default)]
    pub(super) sources: Vec<SourceFront>,
    /// The sources say its content did not change in the next version.
    #[serde(default)]
    pub(super) same_as_next: bool,
}

/// One action of `plan.yaml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ActionFront {
    /// Required; missing, it is reported with the action's place in the file.
    pub(super) title: Option<String>,
    pub(super) responsible: Option<String>,
    pub(super) due: Option<Spanned<RawDate>>,
    pub(super) done: Option<Spanned<RawDate>>,
    pub(super) status: Option<Spanned<String>>,
    pub(super) text: Option<Spanned<String>>,
}
