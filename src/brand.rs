//! Branding without code: the organisation's colours from `site.yaml` become the theme's
//! CSS variables, with whatever else is needed derived so that text keeps WCAG AA contrast.

use serde::Deserialize;

use crate::messages::{self as m, Msg};
use serde_saphyr::Spanned;

/// Brand colours, as `#rrggbb`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Colors {
    /// The header and links.
    pub(crate) primary: Option<Spanned<String>>,
    /// Highlights: focus outlines, borders.
    pub(crate) accent: Option<Spanned<String>>,
    /// Tinted backgrounds of boxes and the footer.
    pub(crate) background: Option<Spanned<String>>,
}

impl Colors {
    /// The colour under `key` (`primary`, `accent`, `background`).
    pub(crate) fn get(&self, key: &str) -> Option<&Spanned<String>> {
        match key {
            "primary" => self.primary.as_ref(),
            "accent" => self.accent.as_ref(),
            "background" => self.background.as_ref(),
            _ => None,
        }
    }
}

/// The least contrast WCAG 2.1 AA allows for normal text.
pub(crate) const AA: f64 = 4.5;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Reads `#rrggbb` or `#rgb`.
    pub(crate) fn parse(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#')?;
        let digits: Vec<u8> = match hex.len() {
            3 => hex
                .chars()
                .map(|c| c.to_digit(16).map(|d| (d * 17) as u8))
                .collect::<Option<_>>()?,
            6 => (0..3)
                .map(|i| u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok())
                .collect::<Option<_>>()?,
            _ => return None,
        };
        Some(Rgb(digits[0], digits[1], digits[2]))
    }

    /// Relative luminance (WCAG 2.1).
    pub(crate) fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// The contrast ratio between two colours, 1 to 21.
    pub(crate) fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// This colour, darkened step by step until it reaches `ratio` against `background`.
    pub(crate) fn darkened_for(self, background: Rgb, ratio: f64) -> Rgb {
        let mut colour = self;
        for _ in 0..100 {
            if colour.contrast(background) >= ratio {
                break;
            }
            colour = Rgb(
                (f64::from(colour.0) * 0.95) as u8,
                (f64::from(colour.1) * 0.95) as u8,
                (f64::from(colour.2) * 0.95) as u8,
            );
        }
        colour
    }

    fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

const WHITE: Rgb = Rgb(255, 255, 255);
/// The default theme's tint for boxes and the footer (`--soft`).
const DEFAULT_TINT: Rgb = Rgb(0xf2, 0xf5, 0xf7);
const BLACK: Rgb = Rgb(0x1b, 0x1b, 0x1b);

/// A colour that cannot be used as given, for a warning.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ColourProblem {
    /// The `colors` key.
    pub key: &'static str,
    /// The value as written.
    pub value: String,
    /// What is wrong, with a `{}` for each of `details`.
    pub why: Msg,
    /// The numbers and colours the message names.
    pub details: Vec<String>,
    /// The colour could be read and was only adjusted (a warning); else it cannot be used.
    pub readable: bool,
}

/// CSS that sets the theme's variables from the brand colours, and what had to be adjusted.
/// Made once, when `site.yaml` is read: its problems are the settings' warnings and errors,
/// its CSS is kept in the settings for the stylesheet.
pub(crate) fn css(colors: &Colors) -> (String, Vec<ColourProblem>) {
    let mut rules = Vec::new();
    let mut problems = Vec::new();
    let mut read = |key: &'static str| -> Option<Rgb> {
        let value = &colors.get(key)?.value;
        let parsed = Rgb::parse(value);
        if parsed.is_none() {
            problems.push(ColourProblem {
                key,
                value: value.clone(),
                why: m::COLOUR_UNREADABLE,
                details: Vec::new(),
                readable: false,
            });
        }
        parsed
    };
    let primary = read("primary");
    let accent = read("accent");
    let background = read("background");
    // Tinted boxes, the footer and table headers: links must stay readable on them too.
    let mut tint = DEFAULT_TINT;
    if let Some(background) = background {
        tint = if background.contrast(BLACK) >= AA {
            background
        } else {
            DEFAULT_TINT
        };
        if tint != background {
            problems.push(ColourProblem {
                key: "background",
                value: background.hex(),
                why: m::BACKGROUND_TOO_DARK,
                details: Vec::new(),
                readable: true,
            });
        }
        rules.push(format!("--soft: {}", tint.hex()));
    }
    if let Some(primary) = primary {
        let link = primary.darkened_for(WHITE, AA).darkened_for(tint, AA);
        if link != primary {
            problems.push(ColourProblem {
                key: "primary",
                value: primary.hex(),
                why: m::PRIMARY_LOW_CONTRAST,
                details: vec![format!("{:.1}", primary.contrast(WHITE)), link.hex()],
                readable: true,
            });
        }
        let ink = if primary.contrast(WHITE) >= primary.contrast(BLACK) {
            WHITE
        } else {
            BLACK
        };
        rules.push(format!("--brand: {}", primary.hex()));
        rules.push(format!("--brand-ink: {}", ink.hex()));
        rules.push(format!("--accent: {}", link.hex()));
        rules.push("--accent-ink: #ffffff".to_owned());
    }
    if let Some(accent) = accent {
        rules.push(format!(
            "--focus: {}",
            accent.darkened_for(WHITE, 3.0).hex()
        ));
    }
    if rules.is_empty() {
        return (String::new(), problems);
    }
    (
        format!(
            "\n/* Brand colours from site.yaml */\n:root {{ {}; }}\n",
            rules.join("; ")
        ),
        problems,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_saphyr::Location;

    fn spanned(text: &str) -> Option<Spanned<String>> {
        Some(Spanned::new(
            text.to_owned(),
            Location::UNKNOWN,
            Location::UNKNOWN,
        ))
    }

    #[test]
    fn contrast_matches_wcag_examples() {
        assert!((WHITE.contrast(Rgb(0, 0, 0)) - 21.0).abs() < 0.01);
        assert!((Rgb::parse("#777").expect("grey").contrast(WHITE) - 4.48).abs() < 0.01);
    }

    #[test]
    fn light_brand_colours_are_darkened_for_links_and_said_so() {
        let colors = Colors {
            primary: spanned("#ffcc00"),
            accent: None,
            background: None,
        };
        let (css, problems) = css(&colors);
        assert_eq!(problems.len(), 1);
        assert!(problems[0]
            .why
            .with(&[&problems[0].details[0], &problems[0].details[1]])
            .text(crate::messages::Lang::En)
            .contains("below 4.5:1"));
        let link = css
            .split("--accent: ")
            .nth(1)
            .and_then(|r| Rgb::parse(&r[..7]))
            .expect("link colour");
        assert!(
            link.contrast(DEFAULT_TINT) >= AA,
            "readable on tinted boxes too"
        );
        assert!(link.contrast(WHITE) >= AA);
        assert!(
            css.contains("--brand-ink: #1b1b1b"),
            "dark text on a yellow header: {css}"
        );
    }

    #[test]
    fn links_stay_readable_on_a_chosen_tint() {
        let colors = Colors {
            primary: spanned("#ffcc00"),
            accent: None,
            background: spanned("#fff6d5"),
        };
        let (css, _) = css(&colors);
        let link = css
            .split("--accent: ")
            .nth(1)
            .and_then(|r| Rgb::parse(&r[..7]))
            .expect("link colour");
        let tint = Rgb::parse("#fff6d5").expect("tint");
        assert!(link.contrast(tint) >= AA, "{css}");
    }

    #[test]
    fn unreadable_colours_are_named() {
        let colors = Colors {
            primary: spanned("blå"),
            accent: None,
            background: None,
        };
        let (css, problems) = css(&colors);
        assert!(css.is_empty());
        assert_eq!(problems[0].key, "primary");
        assert!(!problems[0].readable);
    }
}
