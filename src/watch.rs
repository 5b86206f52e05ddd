//! Watching a site's files, turning what editors do on save into [`Change`]s, and rebuilding
//! the site in memory after each burst of saves. Knows nothing of serving: the command line
//! passes in what to do after each rebuild (mdBook's `rebuild_on_change(.., post_build)`).

use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::{PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};

use crate::diagnostics::BuildError;
use crate::rebuild::{Change, Live, Update};

/// How long the files must be quiet before a save counts as finished: editors write a
/// temporary file, rename it and touch the folder, in several events, all within a
/// millisecond or two of each other.
const QUIET: Duration = Duration::from_millis(10);
/// The longest a burst of events may delay a rebuild.
const MOST: Duration = Duration::from_millis(250);
/// How often `--poll` looks at the files.
const POLL_EVERY: Duration = Duration::from_millis(300);
/// How long a file that a save left empty may stay so before the emptiness is believed:
/// some editors and sync tools save in two steps, emptying the file and then writing it,
/// and on a busy machine the second step can come tens of milliseconds later.
const SETTLE: Duration = Duration::from_millis(500);

/// What a changed path means for the build, or `None` when it does not matter.
pub fn classify(root: &Path, path: &Path) -> Option<Change> {
    let relative = path.strip_prefix(root).ok()?;
    let parts: Vec<&str> = relative
        .components()
        .map(|c| match c {
            Component::Normal(name) => name.to_str().unwrap_or(""),
            _ => "",
        })
        .collect();
    let name = *parts.last()?;
    if is_editor_dropping(name) {
        return None;
    }
    match parts.as_slice() {
        ["site.yaml"] => Some(Change::Everything),
        ["content"] => Some(Change::Everything),
        ["content", "topics.yaml"] => Some(Change::Everything),
        ["content", "_index.md"] | ["content", "lattlast.md"] => Some(Change::FrontPage),
        ["content", slug, ..] if !slug.starts_with('.') && !slug.starts_with('_') => {
            Some(Change::Compact((*slug).to_owned()))
        }
        ["templates", ..] | ["themes", ..] => Some(Change::Everything),
        ["static", ..] => Some(Change::Static),
        _ => None,
    }
}

/// Swap files, backups and lock files that editors leave beside the real one: never a
/// reason to build, and never named to the officer.
fn is_editor_dropping(name: &str) -> bool {
    crate::files::left_behind(name)
}

/// Folds a burst of changes into the fewest rebuilds: one for everything if anything needs
/// it, else one per compact, the front page and the static files.
pub(crate) fn fold(changes: Vec<Change>) -> Vec<Change> {
    if changes.contains(&Change::Everything) {
        return vec![Change::Everything];
    }
    let mut folded: Vec<Change> = Vec::new();
    for change in changes {
        if !folded.contains(&change) {
            folded.push(change);
        }
    }
    folded
}

/// How the files are watched.
pub(crate) enum Mode {
    /// The operating system's file events.
    Events,
    /// Looking at the files every few hundred milliseconds, for network drives.
    Poll,
}

/// A running watch over a site's files.
pub(crate) struct Watch {
    root: std::path::PathBuf,
    events: Receiver<notify::Result<notify::Event>>,
    /// Kept alive for as long as the watch runs.
    _watcher: Box<dyn Watcher + Send>,
}

impl Watch {
    /// Starts watching `root`; changes made after this returns are seen. Falls back to
    /// polling when file events cannot be had.
    pub(crate) fn start(root: &Path, mode: Mode) -> notify::Result<Watch> {
        let (tx, events) = channel();
        let watcher: Box<dyn Watcher + Send> = match mode {
            Mode::Events => match RecommendedWatcher::new(tx.clone(), notify::Config::default()) {
                Ok(mut watcher) => match watch_folders(&mut watcher, root) {
                    Ok(()) => Box::new(watcher),
                    Err(_) => Box::new(poll(root, tx)?),
                },
                Err(_) => Box::new(poll(root, tx)?),
            },
            Mode::Poll => Box::new(poll(root, tx)?),
        };
        Ok(Watch {
            root: root.to_path_buf(),
            events,
            _watcher: watcher,
        })
    }

    /// Calls `on_changes` with the changes and the files behind them after each burst of
    /// saves, until the watcher stops.
    pub(crate) fn run(self, mut on_changes: impl FnMut(Vec<Change>, Vec<PathBuf>)) {
        while let Some(seen) = next_burst(&self.events, &self.root) {
            if seen.is_empty() {
                continue;
            }
            let mut files: Vec<PathBuf> = seen
                .iter()
                .filter_map(|(_, path)| path.strip_prefix(&self.root).ok())
                .map(Path::to_path_buf)
                .collect();
            files.sort();
            files.dedup();
            on_changes(fold(seen.into_iter().map(|(c, _)| c).collect()), files);
        }
    }
}

fn poll(
    root: &Path,
    tx: std::sync::mpsc::Sender<notify::Result<notify::Event>>,
) -> notify::Result<PollWatcher> {
    // notify's poller keeps modification times in whole seconds; comparing contents too
    // catches a second save within the same second.
    let config = notify::Config::default()
        .with_poll_interval(POLL_EVERY)
        .with_compare_contents(true);
    let mut watcher = PollWatcher::new(tx, config)?;
    watch_folders(&mut watcher, root)?;
    Ok(watcher)
}

/// Watches what a build reads, not the output or anything else in the folder.
fn watch_folders(watcher: &mut dyn Watcher, root: &Path) -> notify::Result<()> {
    watcher.watch(root, RecursiveMode::NonRecursive)?;
    for folder in ["content", "templates", "static", "themes"] {
        let path = root.join(folder);
        if path.is_dir() {
            watcher.watch(&path, RecursiveMode::Recursive)?;
        }
    }
    Ok(())
}

/// Waits for an event, then collects until the files have been quiet for a moment.
/// `None` when the watcher is gone.
fn next_burst(
    rx: &Receiver<notify::Result<notify::Event>>,
    root: &Path,
) -> Option<Vec<(Change, PathBuf)>> {
    let first = rx.recv().ok()?;
    let started = Instant::now();
    let mut changes = changes_of(first, root);
    loop {
        // A file left empty waits for the rest of its save, up to `SETTLE`.
        let settling = changes.iter().any(|(_, path)| emptied(path));
        let limit = if settling { SETTLE } else { MOST };
        let left = limit.saturating_sub(started.elapsed());
        if left.is_zero() {
            return Some(changes);
        }
        let wait = if settling { left } else { QUIET.min(left) };
        match rx.recv_timeout(wait) {
            Ok(event) => changes.extend(changes_of(event, root)),
            Err(RecvTimeoutError::Timeout) => return Some(changes),
            Err(RecvTimeoutError::Disconnected) => return Some(changes),
        }
    }
}

/// True when `path` is a file with nothing in it: most likely the first step of a save.
fn emptied(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == 0)
}

fn changes_of(event: notify::Result<notify::Event>, root: &Path) -> Vec<(Change, PathBuf)> {
    match event {
        Ok(event) if !matches!(event.kind, notify::EventKind::Access(_)) => event
            .paths
            .into_iter()
            .filter_map(|p| classify(root, &p).map(|change| (change, p)))
            .collect(),
        _ => Vec::new(),
    }
}

/// What one rebuild did: the files that changed, and the new files or the problem.
pub(crate) struct Rebuilt {
    /// The saved files, relative to the site's folder.
    pub(crate) files: Vec<PathBuf>,
    /// What the rebuild made, or why it could not.
    pub(crate) result: Result<Update, BuildError>,
    /// How long it took.
    pub(crate) elapsed: Duration,
}

/// Watches `root` and rebuilds `live` after every burst of saves, then hands the outcome
/// to `post_build`. Without a site (its first build failed), every save tries a whole
/// build again. Returns when the watcher stops.
pub(crate) fn rebuild_on_change(
    root: &Path,
    mode: Mode,
    mut live: Option<Live>,
    mut post_build: impl FnMut(Rebuilt),
) -> notify::Result<()> {
    let watch = Watch::start(root, mode)?;
    watch.run(|changes, files| {
        let started = Instant::now();
        let result = match live.as_mut() {
            Some(live) => live.apply(&changes),
            None => Live::load(root).map(|(loaded, update)| {
                live = Some(loaded);
                update
            }),
        };
        post_build(Rebuilt {
            files,
            result,
            elapsed: started.elapsed(),
        });
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_what_editors_touch() {
        let root = Path::new("/site");
        let cases: [(&str, Option<Change>); 19] = [
            ("/site/site.yaml", Some(Change::Everything)),
            ("/site/content/topics.yaml", Some(Change::Everything)),
            ("/site/content/_index.md", Some(Change::FrontPage)),
            ("/site/content/lattlast.md", Some(Change::FrontPage)),
            (
                "/site/content/eslov/_index.md",
                Some(Change::Compact("eslov".into())),
            ),
            (
                "/site/content/eslov/principles/mod.md",
                Some(Change::Compact("eslov".into())),
            ),
            ("/site/content/eslov", Some(Change::Compact("eslov".into()))),
            ("/site/content/eslov/principles/.mod.md.swp", None),
            ("/site/content/eslov/principles/mod.md~", None),
            ("/site/content/eslov/principles/.#mod.md", None),
            ("/site/content/eslov/4913", None),
            ("/site/content/eslov/.goutputstream-3QKX81", None),
            ("/site/content/eslov/~$beslut.docx", None),
            ("/site/content/eslov/_index.md___jb_tmp___", None),
            ("/site/content/eslov/Thumbs.db", None),
            ("/site/templates/base.html", Some(Change::Everything)),
            ("/site/static/logo.svg", Some(Change::Static)),
            ("/site/output/index.html", None),
            ("/elsewhere/site.yaml", None),
        ];
        for (path, expected) in cases {
            assert_eq!(classify(root, Path::new(path)), expected, "{path}");
        }
    }

    /// A save in two steps, the file emptied and written 150 ms later, is one burst that
    /// ends with the file written: the rebuild never sees it empty.
    #[test]
    fn a_save_in_two_steps_is_waited_for() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        let file = root.join("content/eslov/_index.md");
        std::fs::create_dir_all(file.parent().expect("folder")).expect("mkdir");
        std::fs::write(&file, "").expect("empty");
        let (tx, rx) = channel();
        let event = |path: &Path| {
            Ok(
                notify::Event::new(notify::EventKind::Modify(notify::event::ModifyKind::Any))
                    .add_path(path.to_path_buf()),
            )
        };
        tx.send(event(&file)).expect("send");
        let writer = {
            let (file, tx) = (file.clone(), tx.clone());
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(150));
                std::fs::write(&file, "---\ntitle: A\n---\n").expect("write");
                tx.send(event(&file)).expect("send");
            })
        };
        let started = Instant::now();
        let burst = next_burst(&rx, root).expect("a burst");
        writer.join().expect("writer");
        assert!(started.elapsed() >= Duration::from_millis(150), "it waited");
        assert!(
            started.elapsed() < SETTLE,
            "and no longer than the save took"
        );
        assert_eq!(burst.len(), 2);
        assert!(!emptied(&file));
        // A file emptied on purpose is believed after a while.
        std::fs::write(&file, "").expect("empty");
        tx.send(event(&file)).expect("send");
        let started = Instant::now();
        next_burst(&rx, root).expect("a burst");
        assert!(started.elapsed() >= SETTLE);
    }

    #[test]
    fn a_burst_folds_into_the_fewest_rebuilds() {
        let eslov = Change::Compact("eslov".into());
        assert_eq!(
            fold(vec![eslov.clone(), eslov.clone(), Change::FrontPage]),
            [eslov.clone(), Change::FrontPage]
        );
        assert_eq!(fold(vec![eslov, Change::Everything]), [Change::Everything]);
    }
}
