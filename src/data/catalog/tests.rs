use super::*;

#[test]
fn dates_are_whole_dates_or_years() {
    let date = |text: &str| PartialDate::parse(text).expect(text);
    assert_eq!(
        date_literal(date("2019-10-01")),
        ("2019-10-01".to_owned(), xsd::DATE)
    );
    assert_eq!(
        date_literal(date("2017-03")),
        ("2017".to_owned(), xsd::G_YEAR)
    );
    assert_eq!(date_literal(date("2013")), ("2013".to_owned(), xsd::G_YEAR));
}

#[test]
fn languages_are_named_by_the_eus_vocabulary() {
    assert_eq!(
        language_iri("sv"),
        Some("http://publications.europa.eu/resource/authority/language/SWE")
    );
    assert_eq!(
        language_iri("sv-FI"),
        Some("http://publications.europa.eu/resource/authority/language/SWE")
    );
    assert_eq!(language_iri("tlh"), None);
}

#[test]
fn an_address_that_is_not_whole_is_kept_as_written() {
    assert_eq!(node("https://a.se/x".to_owned()).as_str(), "https://a.se/x");
    assert_eq!(node("a.se/x y".to_owned()).as_str(), "a.se/x y");
}
