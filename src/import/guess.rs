//! Whose compact it is, guessed from its title only where the guess is safe: "Region
//! Skåne", "Ekerö kommun", the government's; and "Eslövs kommun" only when the document
//! also names Eslöv on its own, since "Borås kommun" is not Borå's. Else the officer
//! writes it, as after `overens new`.

use crate::content::Kind;

/// The municipality (or region) and kind a title names, where it is safe to say.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Guess {
    pub(crate) municipality: Option<String>,
    pub(crate) kind: Option<Kind>,
}

/// Guesses from `title`, checking a genitive against the document's `text`.
pub(crate) fn guess(title: &str, text: &str) -> Guess {
    let words: Vec<&str> = title
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    if lower.iter().any(|w| w == "regeringen" || w == "nationella") {
        return Guess {
            municipality: Some("Sverige".to_owned()),
            kind: Some(Kind::Nationell),
        };
    }
    for (i, word) in lower.iter().enumerate() {
        if word == "region" {
            if let Some(name) = words.get(i + 1).filter(|w| is_name(w)) {
                return Guess {
                    municipality: Some(format!("Region {name}")),
                    kind: Some(Kind::Region),
                };
            }
        }
    }
    for (i, word) in lower.iter().enumerate().skip(1) {
        if word != "kommun" && word != "stad" {
            continue;
        }
        let name = words[i - 1];
        if !is_name(name) {
            continue;
        }
        let municipality = match name.strip_suffix('s') {
            None => Some(name.to_owned()),
            Some(stem) if names(text, stem) || names(title, stem) => Some(stem.to_owned()),
            Some(_) => None,
        };
        return Guess {
            municipality,
            kind: Some(Kind::Kommun),
        };
    }
    Guess::default()
}

/// A word that can be a place's name: capitalised, letters and hyphens.
fn is_name(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// Whether `text` has `name` as a word of its own.
fn names(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn municipality(title: &str, text: &str) -> Option<String> {
        guess(title, text).municipality
    }

    #[test]
    fn names_are_guessed_only_where_safe() {
        let eslov =
            "Överenskommelsen för samverkan mellan Eslövs idéburna sektor och Eslövs kommun";
        assert_eq!(
            municipality(eslov, "Alla föreningar i Eslöv kan ansluta sig."),
            Some("Eslöv".to_owned())
        );
        assert_eq!(municipality(eslov, "Inget namn här."), None);
        assert_eq!(guess(eslov, "").kind, Some(Kind::Kommun));
        assert_eq!(
            municipality("Lokal överenskommelse, Ekerö kommun", ""),
            Some("Ekerö".to_owned())
        );
        assert_eq!(
            municipality("Överenskommelse i Borås kommun", "i Borås"),
            None
        );
        let region = guess("Överenskommelse mellan Region Skåne och civilsamhället", "");
        assert_eq!(region.municipality.as_deref(), Some("Region Skåne"));
        assert_eq!(region.kind, Some(Kind::Region));
        let national = guess(
            "Överenskommelsen mellan regeringen, idéburna organisationer och SKL",
            "",
        );
        assert_eq!(national.kind, Some(Kind::Nationell));
        assert_eq!(guess("Överenskommelsen", ""), Guess::default());
    }
}
