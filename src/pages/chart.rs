//! The timeline drawn as a picture: one lane per compact on one time axis, written as SVG
//! when the site is built, so it needs no script and prints as it shows. Each lane's status
//! is told three ways, by the shape and the word at its end and by colour; each event is a
//! mark that links to its entry in the list below the chart, which says the same in words.
//! Every text is escaped.

use std::fmt::Write as _;

use crate::content::{PartialDate, Status};
use crate::html::escape;

/// How a chart is laid out: wide, with the names to the left of the lanes and the statuses in
/// words to the right; or narrow, for a phone, each name above its lane, the status told by
/// its shape at the lane's end (the table of where things stand, above the chart, says it in
/// words), drawn at the width of a phone so that its text stays at a size to read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Layout {
    /// Width of the drawing, in its own units.
    width: f64,
    /// Where the time axis starts: in the wide layout, the lanes' names stand to its left.
    axis_left: f64,
    /// Where the time axis ends: the statuses stand to its right.
    axis_right: f64,
    /// The height of a lane.
    lane: f64,
    /// Whether each name stands above its lane rather than beside it.
    names_above: bool,
    /// What its ids end with, so that both layouts can be on one page.
    suffix: &'static str,
}

/// The wide layout.
pub(super) const WIDE: Layout = Layout {
    width: 960.0,
    axis_left: 230.0,
    axis_right: 800.0,
    lane: 24.0,
    names_above: false,
    suffix: "",
};

/// The narrow layout, for a phone: 320 units, drawn at about the screen's width.
pub(super) const NARROW: Layout = Layout {
    width: 320.0,
    axis_left: 8.0,
    axis_right: 296.0,
    lane: 40.0,
    names_above: true,
    suffix: "-narrow",
};

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

/// The chart as SVG in `layout`, its axis running from the year of the first event to the
/// year of `today`, or `None` when no lane has an event to place on the axis.
pub(super) fn svg(
    rows: &[Row<'_>],
    texts: &Texts<'_>,
    today: PartialDate,
    layout: Layout,
) -> Option<String> {
    let dates = rows.iter().filter_map(|row| match row {
        Row::Lane(lane) => Some(lane.events.iter().map(|e| e.date)),
        Row::Heading(_) => None,
    });
    let dates: Vec<PartialDate> = dates.flatten().collect();
    let first = dates.iter().map(|d| d.year).min()?;
    let last = dates.iter().map(|d| d.year).max()?.max(today.year);
    let axis = Axis {
        from: f64::from(first),
        to: f64::from(last) + 1.0,
        layout,
    };
    let (width, lane_height, suffix) = (layout.width, layout.lane, layout.suffix);
    let height = MARGIN * 2.0 + lane_height * rows.len() as f64;
    let mut out = String::with_capacity(256 + rows.len() * 400);
    let _ = write!(
        out,
        "<svg class=\"chart{}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" aria-labelledby=\"chart-title{suffix}\" aria-describedby=\"chart-desc{suffix}\"><title id=\"chart-title{suffix}\">{}</title><desc id=\"chart-desc{suffix}\">{}</desc>",
        if layout.names_above { " narrow" } else { "" },
        escape(texts.title),
        escape(texts.description)
    );
    axis.years(&mut out, first, last, height);
    for (i, row) in rows.iter().enumerate() {
        let y = MARGIN + lane_height * i as f64 + lane_height / 2.0;
        match row {
            Row::Heading(name) => {
                let _ = write!(
                    out,
                    "<text class=\"group\" x=\"4\" y=\"{}\">{}</text>",
                    y + 4.0,
                    escape(name)
                );
            }
            Row::Lane(lane) => lane_svg(&mut out, lane, &axis, y, today),
        }
    }
    out.push_str("</svg>");
    Some(out)
}

/// The time axis: years from `from` to `to` (exclusive), across the drawing.
struct Axis {
    from: f64,
    to: f64,
    layout: Layout,
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
        let (left, right) = (self.layout.axis_left, self.layout.axis_right);
        left + (year - self.from) / (self.to - self.from) * (right - left)
    }

    /// A line and a label for each year (every second or fifth year on a long axis; on a
    /// narrow one, as many as leave room for their labels).
    fn years(&self, out: &mut String, first: u16, last: u16, height: f64) {
        let span = last - first + 1;
        let step = if self.layout.names_above {
            [1, 2, 5, 10]
                .into_iter()
                .find(|&step| span <= step * 7)
                .unwrap_or(20)
        } else {
            match span {
                0..=15 => 1,
                16..=30 => 2,
                _ => 5,
            }
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
                // A year's label at its middle, kept whole inside the drawing.
                let middle = round(
                    self.at(f64::from(year) + 0.5)
                        .clamp(20.0, self.layout.width - 20.0),
                );
                for y in [MARGIN - 10.0, height - MARGIN + 20.0] {
                    let _ = write!(out, "<text x=\"{middle}\" y=\"{y}\">{year}</text>");
                }
            }
        }
        out.push_str("</g>");
    }
}

fn lane_svg(out: &mut String, lane: &Lane<'_>, axis: &Axis, y: f64, today: PartialDate) {
    let class = status_class(lane.status);
    let layout = axis.layout;
    let (name_x, name_y, anchor) = if layout.names_above {
        (layout.axis_left, y - 8.0, " start")
    } else {
        (layout.axis_left - 10.0, y + 4.0, "")
    };
    let (line_y, y) = if layout.names_above {
        (y + 8.0, y + 8.0)
    } else {
        (y, y)
    };
    let _ = write!(
        out,
        "<g class=\"lane {class}\"><text class=\"name{anchor}\" x=\"{name_x}\" y=\"{name_y}\">{}</text>",
        escape(&cut(lane.name))
    );
    if let (Some(first), Some(last)) = (lane.events.first(), lane.events.last()) {
        // A process in force or under way runs on to today, an arrow at its end; one that
        // stopped ends at its last event with a stroke across; one whose state is not known
        // ends at its last event.
        let today_x = axis.x(today).max(axis.x(last.date));
        let (end, cap) = match lane.status {
            Status::Halted | Status::Ended => (axis.x(last.date), Cap::Stop),
            Status::Unknown => (axis.x(last.date), Cap::None),
            Status::Adopted | Status::Revised => (today_x, Cap::Arrow),
            Status::Proposed | Status::Drafting => (today_x, Cap::None),
        };
        let dashed = matches!(lane.status, Status::Proposed | Status::Drafting);
        let (x1, x2) = (round(axis.x(first.date)), round(end));
        let _ = write!(
            out,
            "<path class=\"bar{}\" d=\"M{x1} {line_y}H{x2}\"/>",
            if dashed { " open" } else { "" },
        );
        out.push_str(&cap.svg(x2, line_y));
    }
    for mark in &lane.events {
        let x = round(axis.x(mark.date));
        if layout.names_above {
            // On a phone a mark is too small to tap: the list below the chart is the way to
            // each event.
            let _ = write!(out, "<circle cx=\"{x}\" cy=\"{y}\" r=\"5\"/>");
        } else {
            let _ = write!(
                out,
                "<a href=\"#{}\"><title>{}</title><circle cx=\"{x}\" cy=\"{y}\" r=\"5\"/></a>",
                escape(&mark.anchor),
                escape(&mark.label),
            );
        }
    }
    if layout.names_above {
        // The status by its shape, at the end of the lane's name.
        let x = layout.width - 10.0;
        out.push_str(&shape(lane.status, x, name_y - 4.0));
        let _ = write!(out, "<title>{}</title></g>", escape(lane.status_label));
        return;
    }
    let x = layout.axis_right + 20.0;
    out.push_str(&shape(lane.status, x, y));
    let _ = write!(
        out,
        "<text class=\"status\" x=\"{}\" y=\"{}\">{}</text></g>",
        x + 12.0,
        y + 4.0,
        escape(lane.status_label)
    );
}

/// How a lane's line ends: in force, an arrow on to today; stopped, a stroke across.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cap {
    /// It goes on.
    Arrow,
    /// It stopped there.
    Stop,
    /// Nothing is said of its end.
    None,
}

impl Cap {
    /// The cap drawn at `x`, `y`.
    pub(super) fn svg(self, x: f64, y: f64) -> String {
        match self {
            Cap::Arrow => format!(
                "<path class=\"cap arrow\" d=\"M{} {}l8 5-8 5z\"/>",
                round(x - 7.0),
                y - 5.0
            ),
            Cap::Stop => format!("<path class=\"cap stop\" d=\"M{x} {}v14\"/>", y - 7.0),
            Cap::None => String::new(),
        }
    }
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
