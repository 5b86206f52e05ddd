//! The timeline drawn as a picture: one lane per compact on one time axis, written as SVG
//! when the site is built, so it needs no script and prints as it shows. Each lane's status
//! is told three ways, by the shape and the word at its end and by colour; each event is a
//! mark that links to its entry in the list below the chart, which says the same in words.
//! Every text is escaped.

use std::fmt::Write as _;

use crate::content::{PartialDate, Status};
use crate::html::escape;

/// Width of the drawing, in its own units.
const WIDTH: f64 = 960.0;
/// Where the time axis starts: the lanes' names stand to the left of it.
const AXIS_LEFT: f64 = 230.0;
/// Where the time axis ends: the statuses stand to the right of it.
const AXIS_RIGHT: f64 = 800.0;
/// The height of a lane.
const LANE: f64 = 24.0;
/// Room for the years above and below the lanes.
const MARGIN: f64 = 30.0;
/// Longest lane name before it is cut, in characters.
const LONGEST_NAME: usize = 30;

/// A row of the chart: a group's heading, or a compact's lane.
pub(super) enum Row<'a> {
    /// A group's name, over its lanes.
    Heading(String),
    /// One compact.
    Lane(Lane<'a>),
}

/// One compact's process.
pub(super) struct Lane<'a> {
    /// The municipality or region.
    pub(super) name: &'a str,
    /// Where its process stands.
    pub(super) status: Status,
    /// The status in words.
    pub(super) status_label: &'a str,
    /// Its events, oldest first.
    pub(super) events: Vec<Mark>,
}

/// One event on a lane.
pub(super) struct Mark {
    /// When.
    pub(super) date: PartialDate,
    /// The id of its entry in the list below the chart.
    pub(super) anchor: String,
    /// What a reader hears and a pointer shows: the compact, the date, the event.
    pub(super) label: String,
}

/// What the chart says it is.
pub(super) struct Texts<'a> {
    /// Its title.
    pub(super) title: &'a str,
    /// A description of what it shows.
    pub(super) description: &'a str,
}

/// The chart as SVG, or `None` when no lane has an event to place on the axis.
pub(super) fn svg(rows: &[Row<'_>], texts: &Texts<'_>) -> Option<String> {
    let dates = rows.iter().filter_map(|row| match row {
        Row::Lane(lane) => Some(lane.events.iter().map(|e| e.date)),
        Row::Heading(_) => None,
    });
    let dates: Vec<PartialDate> = dates.flatten().collect();
    let first = dates.iter().map(|d| d.year).min()?;
    let last = dates.iter().map(|d| d.year).max()?;
    let axis = Axis {
        from: f64::from(first),
        to: f64::from(last) + 1.0,
    };
    let height = MARGIN * 2.0 + LANE * rows.len() as f64;
    let mut out = String::with_capacity(256 + rows.len() * 400);
    let _ = write!(
        out,
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" aria-labelledby=\"chart-title\" aria-describedby=\"chart-desc\"><title id=\"chart-title\">{}</title><desc id=\"chart-desc\">{}</desc>",
        escape(texts.title),
        escape(texts.description)
    );
    axis.years(&mut out, first, last, height);
    for (i, row) in rows.iter().enumerate() {
        let y = MARGIN + LANE * i as f64 + LANE / 2.0;
        match row {
            Row::Heading(name) => {
                let _ = write!(
                    out,
                    "<text class=\"group\" x=\"4\" y=\"{}\">{}</text>",
                    y + 4.0,
                    escape(name)
                );
            }
            Row::Lane(lane) => lane_svg(&mut out, lane, &axis, y),
        }
    }
    out.push_str("</svg>");
    Some(out)
}

/// The time axis: years from `from` to `to` (exclusive), across the drawing.
struct Axis {
    from: f64,
    to: f64,
}

impl Axis {
    /// Where `date` falls: a year without a month at its middle, a month without a day at
    /// its middle.
    fn x(&self, date: PartialDate) -> f64 {
        let month = date.month.map_or(6.0, |m| f64::from(m) - 1.0);
        let day = match (date.month, date.day) {
            (None, _) => 0.0,
            (Some(_), None) => 0.5,
            (Some(_), Some(d)) => (f64::from(d) - 0.5) / 31.0,
        };
        let year = f64::from(date.year) + (month + day) / 12.0;
        self.at(year)
    }

    fn at(&self, year: f64) -> f64 {
        AXIS_LEFT + (year - self.from) / (self.to - self.from) * (AXIS_RIGHT - AXIS_LEFT)
    }

    /// A line and a label for each year (every second or fifth year on a long axis).
    fn years(&self, out: &mut String, first: u16, last: u16, height: f64) {
        let span = last - first + 1;
        let step = match span {
            0..=15 => 1,
            16..=30 => 2,
            _ => 5,
        };
        out.push_str("<g class=\"axis\">");
        for year in (first..=last + 1).filter(|y| (y - first).is_multiple_of(step)) {
            let x = round(self.at(f64::from(year)));
            let _ = write!(
                out,
                "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\"/>",
                MARGIN - 6.0,
                height - MARGIN + 6.0
            );
            if year <= last {
                let middle = round(self.at(f64::from(year) + 0.5));
                for y in [MARGIN - 10.0, height - MARGIN + 20.0] {
                    let _ = write!(out, "<text x=\"{middle}\" y=\"{y}\">{year}</text>");
                }
            }
        }
        out.push_str("</g>");
    }
}

fn lane_svg(out: &mut String, lane: &Lane<'_>, axis: &Axis, y: f64) {
    let class = status_class(lane.status);
    let _ = write!(
        out,
        "<g class=\"lane {class}\"><text class=\"name\" x=\"{}\" y=\"{}\">{}</text>",
        AXIS_LEFT - 10.0,
        y + 4.0,
        escape(&cut(lane.name))
    );
    if let (Some(first), Some(last)) = (lane.events.first(), lane.events.last()) {
        // A process in force or under way runs on to the end of the axis; one that stopped,
        // or whose state is not known, ends at its last event.
        let end = match lane.status {
            Status::Halted | Status::Ended | Status::Unknown => axis.x(last.date),
            _ => AXIS_RIGHT,
        };
        let dashed = matches!(lane.status, Status::Proposed | Status::Drafting);
        let _ = write!(
            out,
            "<line class=\"bar{}\" x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\"/>",
            if dashed { " open" } else { "" },
            round(axis.x(first.date)),
            round(end)
        );
    }
    for mark in &lane.events {
        let _ = write!(
            out,
            "<a href=\"#{}\"><title>{}</title><circle cx=\"{}\" cy=\"{y}\" r=\"5\"/></a>",
            escape(&mark.anchor),
            escape(&mark.label),
            round(axis.x(mark.date))
        );
    }
    let x = AXIS_RIGHT + 20.0;
    out.push_str(&shape(lane.status, x, y));
    let _ = write!(
        out,
        "<text class=\"status\" x=\"{}\" y=\"{}\">{}</text></g>",
        x + 12.0,
        y + 4.0,
        escape(lane.status_label)
    );
}

/// The shape that tells a status apart without colour, centred at `x`, `y`.
pub(super) fn shape(status: Status, x: f64, y: f64) -> String {
    let r = 6.0;
    match status {
        Status::Proposed => {
            format!("<circle class=\"shape hollow\" cx=\"{x}\" cy=\"{y}\" r=\"{r}\"/>")
        }
        Status::Adopted => format!("<circle class=\"shape\" cx=\"{x}\" cy=\"{y}\" r=\"{r}\"/>"),
        Status::Drafting | Status::Revised => {
            let hollow = if status == Status::Drafting {
                " hollow"
            } else {
                ""
            };
            format!(
                "<path class=\"shape{hollow}\" d=\"M{x} {}L{} {y}L{x} {}L{} {y}Z\"/>",
                y - r - 1.0,
                x + r + 1.0,
                y + r + 1.0,
                x - r - 1.0
            )
        }
        Status::Halted => format!(
            "<path class=\"shape cross\" d=\"M{} {}L{} {}M{} {}L{} {}\"/>",
            x - r,
            y - r,
            x + r,
            y + r,
            x - r,
            y + r,
            x + r,
            y - r
        ),
        Status::Ended | Status::Unknown => format!(
            "<rect class=\"shape{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>",
            if status == Status::Unknown {
                " hollow"
            } else {
                ""
            },
            x - r,
            y - r,
            2.0 * r,
            2.0 * r
        ),
    }
}

/// A status's shape alone, as the legend shows it.
pub(super) fn symbol(status: Status) -> String {
    format!(
        "<svg class=\"symbol {}\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\">{}</svg>",
        status_class(status),
        shape(status, 8.0, 8.0)
    )
}

/// The CSS class of a status, shared with the status labels of the pages.
fn status_class(status: Status) -> String {
    format!("status-{}", status.key())
}

fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// A name cut to fit beside its lane.
fn cut(name: &str) -> String {
    if name.chars().count() <= LONGEST_NAME {
        return name.to_owned();
    }
    let cut: String = name.chars().take(LONGEST_NAME - 1).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests;
