//! Whatever the bytes, `read` answers with a document or an error, never a panic: real
//! documents broken byte by byte, cut short, and with their XML cut anywhere.

use std::io::Write as _;

use proptest::prelude::*;

use super::*;

const ESLOV: &[u8] = include_bytes!("../../tests/fixtures/docx/eslov.docx");
const PARTS: &str = "tests/fixtures/docx/src/word-constructs";

/// The parts of the hand-written document, with its body replaced by `document`, zipped.
fn constructs_with(document: &[u8]) -> Vec<u8> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(PARTS);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for entry in walkdir::WalkDir::new(&root)
        .into_iter()
        .filter_map(Result::ok)
    {
        if !entry.file_type().is_file() {
            continue;
        }
        let name = entry.path().strip_prefix(&root).expect("inside");
        let name = name.to_string_lossy().replace('\\', "/");
        zip.start_file(name.as_str(), options).expect("start");
        if name == "word/document.xml" {
            zip.write_all(document).expect("write");
        } else {
            zip.write_all(&std::fs::read(entry.path()).expect("read"))
                .expect("write");
        }
    }
    zip.finish().expect("finish").into_inner()
}

fn constructs_document() -> Vec<u8> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(PARTS);
    std::fs::read(root.join("word/document.xml")).expect("document.xml")
}

#[test]
fn the_hand_written_document_reads_whole_when_zipped_here() {
    let document = read(&constructs_with(&constructs_document())).expect("reads");
    assert_eq!(document.changes, 3);
    assert_eq!(document.notes.len(), 2);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn bytes_changed_anywhere_are_no_panic(
        changes in proptest::collection::vec((0..ESLOV.len(), any::<u8>()), 1..16)
    ) {
        let mut bytes = ESLOV.to_vec();
        for (at, value) in changes {
            bytes[at] = value;
        }
        let _ = read(&bytes);
    }

    #[test]
    fn a_file_cut_short_is_no_panic(length in 0..ESLOV.len()) {
        let _ = read(&ESLOV[..length]);
    }

    #[test]
    fn xml_cut_or_changed_anywhere_is_no_panic(
        from in 0usize..6_000,
        length in 0usize..400,
        insert in "[<>/=\"a-z:&#;0-9 ]{0,12}",
    ) {
        let mut document = constructs_document();
        let from = from.min(document.len());
        let to = (from + length).min(document.len());
        document.splice(from..to, insert.bytes());
        let _ = read(&constructs_with(&document));
    }
}
