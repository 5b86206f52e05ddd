use std::sync::Arc;

use super::*;
use crate::compare::Matrix;
use crate::content::{Content, EasyText, FrontPage, Topic};
use crate::messages::Lang;

fn empty_site() -> Content {
    Content {
        front: Arc::new(FrontPage::default()),
        topics: Arc::new(vec![Topic {
            id: "dialog".to_owned(),
            name: "Dialog".to_owned(),
            description: String::new(),
            at: (0, 0, String::new()),
        }]),
        compacts: Vec::new(),
        warnings: Default::default(),
        // The front page's easy-to-read version lives in a folder of its own.
        front_easy: Some(EasyText::default()),
    }
}

/// A compact's folder shares the output root with the site's own folders: every folder a
/// page of the site is written in must be a name no compact may take.
#[test]
fn every_folder_of_the_sites_own_pages_is_reserved() {
    let content = empty_site();
    let matrix = crate::compare::matrix(&content);
    let r = Reader::new(
        Model {
            content: &content,
            matrix: &matrix,
        },
        false,
    );
    let reserved = urls::reserved();
    for lang in [Lang::Sv, Lang::En] {
        let words = Words::of(lang);
        for job in jobs(&r) {
            let path = job.path(&r, words);
            if let Some((folder, _)) = path.split_once('/') {
                assert!(
                    reserved.contains(&folder),
                    "{job:?} is written in {folder}/, which a compact could also take"
                );
            }
        }
    }
    let _ = Matrix::default();
}
