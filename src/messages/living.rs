//! Messages about the living parts telling the truth: a fact that contradicts another or
//! its own dates, a list that is not whole, a fact without its source, and what must not
//! be published.

use super::Msg;

/// The number as written.
pub(crate) const ORG_NUMBER_PERSONAL: Msg = Msg::new(
    "\"{}\" är ett personnummer, inte ett organisationsnummer, och får inte publiceras",
    "\"{}\" is a personal identity number, not an organisation number, and must not be published",
);
pub(crate) const ORG_NUMBER_PERSONAL_HINT: Msg = Msg::new(
    "ett personnummer pekar ut en person och hör inte hemma i en lista som publiceras; skriv organisationens eget nummer (tredje och fjärde siffran är 20 eller mer), eller lämna fältet tomt",
    "a personal identity number points to a person and does not belong in a list that is published; write the organisation's own number (its third and fourth digits are 20 or more), or leave the field empty",
);
