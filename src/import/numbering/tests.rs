use super::*;
use crate::import::xml::parse;

const NUMBERING: &str = r#"<w:numbering xmlns:w="w">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:lvlRestart w:val="0"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="6"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
  <w:num w:numId="7"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>"#;

fn numbering() -> Numbering {
    Numbering::read(&parse("numbering", NUMBERING.as_bytes()).expect("xml"))
}

fn label(numbering: &mut Numbering, id: &str, level: u8) -> String {
    numbering
        .next(id, level)
        .map(|item| item.label)
        .unwrap_or_default()
}

#[test]
fn lists_of_one_definition_go_on_counting_until_a_start_is_overridden() {
    let mut n = numbering();
    assert_eq!(label(&mut n, "1", 0), "1.");
    assert_eq!(label(&mut n, "1", 0), "2.");
    assert_eq!(
        label(&mut n, "2", 0),
        "3.",
        "another id of the same definition"
    );
    assert_eq!(label(&mut n, "3", 0), "1.", "restarted");
    assert_eq!(label(&mut n, "3", 0), "2.");
    assert_eq!(label(&mut n, "6", 0), "7.", "started at 7");
    assert_eq!(label(&mut n, "6", 0), "8.");
    assert_eq!(label(&mut n, "6", 1), "a)");
    assert_eq!(label(&mut n, "6", 0), "9.");
}

#[test]
fn a_restarted_level_starts_at_its_override() {
    let mut n = numbering();
    assert_eq!(label(&mut n, "4", 0), "I.");
    assert_eq!(label(&mut n, "7", 1), "1.5", "started at 5");
    assert_eq!(label(&mut n, "7", 0), "II.");
    assert_eq!(
        label(&mut n, "7", 1),
        "2.5",
        "restarted at the override, not at 1"
    );
}

#[test]
fn deeper_levels_restart_after_the_level_above() {
    let mut n = numbering();
    assert_eq!(label(&mut n, "1", 0), "1.");
    assert_eq!(label(&mut n, "1", 1), "a)");
    assert_eq!(label(&mut n, "1", 1), "b)");
    assert_eq!(label(&mut n, "1", 0), "2.");
    assert_eq!(label(&mut n, "1", 1), "a)");
}

#[test]
fn roman_legal_and_never_restarting_levels() {
    let mut n = numbering();
    assert_eq!(label(&mut n, "4", 0), "I.");
    assert_eq!(label(&mut n, "4", 1), "1.1", "legal numbering is decimal");
    assert_eq!(label(&mut n, "4", 2), "1.");
    assert_eq!(label(&mut n, "4", 0), "II.");
    assert_eq!(label(&mut n, "4", 1), "2.1");
    assert_eq!(label(&mut n, "4", 2), "2.", "lvlRestart 0 never restarts");
    let item = n.next("4", 0).expect("item");
    assert_eq!((item.number, item.decimal), (Some(3), false));
}

#[test]
fn bullets_have_no_number_and_unknown_lists_none() {
    let mut n = numbering();
    let item = n.next("5", 0).expect("item");
    assert_eq!((item.number, item.label.as_str()), (None, "•"));
    assert!(n.next("0", 0).is_none());
    assert!(n.next("99", 0).is_none());
    let item = n.next("1", 0).expect("item");
    assert!(item.decimal);
}

#[test]
fn numbers_are_written_as_word_writes_them() {
    assert_eq!(write(4, Format::UpperRoman), "IV");
    assert_eq!(write(1994, Format::UpperRoman), "MCMXCIV");
    assert_eq!(write(9, Format::LowerRoman), "ix");
    assert_eq!(write(27, Format::UpperLetter), "AA");
    assert_eq!(write(3, Format::LowerLetter), "c");
    assert_eq!(write(7, Format::DecimalZero), "07");
}

#[test]
fn numbers_typed_before_a_title_are_read() {
    assert_eq!(
        typed_number("III. Kommunikation"),
        Some((3, "Kommunikation"))
    );
    assert_eq!(typed_number("3. Kommunikation"), Some((3, "Kommunikation")));
    assert_eq!(typed_number("12) Mod"), Some((12, "Mod")));
    assert_eq!(typed_number("Mod"), None);
    assert_eq!(typed_number("Dnr. 12"), None);
    assert_eq!(typed_number("2019. "), None);
}
