//! Charts drawn by the server as SVG: no script, no third party, readable on a phone (they
//! scale to the width of the page) and by screen readers (each has a title and a description;
//! the page puts the same numbers in a table under it). Every label is escaped.

use std::fmt::Write;

/// The drawing's own units; the SVG scales to its container.
const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 220.0;
const LEFT: f64 = 48.0;
const BOTTOM: f64 = 28.0;
const TOP: f64 = 12.0;

/// Colours of successive series, distinguishable with the common colour-vision deficiencies.
const PALETTE: [&str; 6] = [
    "#0b5cad", "#d35400", "#1e8449", "#8e44ad", "#b7950b", "#5d6d7e",
];

/// `&`, `<`, `>`, `"` and `'` as entities.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn open(title: &str, description: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" \
         width=\"100%\" role=\"img\" aria-labelledby=\"t d\" class=\"chart\">\
         <title id=\"t\">{}</title><desc id=\"d\">{}</desc>",
        escape(title),
        escape(description)
    )
}

/// A round number at or above `max`, for the top of the scale.
fn scale_top(max: i64) -> i64 {
    let max = max.max(1);
    let magnitude = 10_i64.pow(max.ilog10());
    [1, 2, 5, 10]
        .iter()
        .map(|step| step * magnitude)
        .find(|top| *top >= max)
        .unwrap_or(max)
}

/// Lines over time: `labels` are the x values (days), each series a name and one value per
/// label.
#[expect(
    clippy::cast_precision_loss,
    reason = "chart coordinates need no more precision"
)]
pub fn lines(title: &str, labels: &[String], series: &[(&str, Vec<i64>)]) -> String {
    let max = series
        .iter()
        .flat_map(|(_, values)| values.iter().copied())
        .max()
        .unwrap_or(0);
    let top = scale_top(max);
    let plot_width = WIDTH - LEFT - 8.0;
    let plot_height = HEIGHT - TOP - BOTTOM;
    let x = |i: usize| {
        if labels.len() <= 1 {
            LEFT + plot_width / 2.0
        } else {
            LEFT + plot_width * i as f64 / (labels.len() - 1) as f64
        }
    };
    let y = |value: i64| TOP + plot_height * (1.0 - value as f64 / top as f64);
    let description = series
        .iter()
        .map(|(name, values)| format!("{name}: {} in all", values.iter().sum::<i64>()))
        .collect::<Vec<_>>()
        .join("; ");
    let mut svg = open(title, &description);
    let _ = write!(
        svg,
        "<g font-size=\"11\" fill=\"currentColor\">\
         <text x=\"{:.0}\" y=\"{:.0}\" text-anchor=\"end\">{top}</text>\
         <text x=\"{:.0}\" y=\"{:.0}\" text-anchor=\"end\">0</text>",
        LEFT - 6.0,
        TOP + 4.0,
        LEFT - 6.0,
        TOP + plot_height
    );
    if let (Some(first), Some(last)) = (labels.first(), labels.last()) {
        let _ = write!(
            svg,
            "<text x=\"{LEFT}\" y=\"{:.0}\">{}</text>\
             <text x=\"{:.0}\" y=\"{:.0}\" text-anchor=\"end\">{}</text>",
            HEIGHT - 8.0,
            escape(first),
            WIDTH - 8.0,
            HEIGHT - 8.0,
            escape(last)
        );
    }
    svg.push_str("</g>");
    let _ = write!(
        svg,
        "<path d=\"M{LEFT} {TOP}V{:.1}H{:.1}\" fill=\"none\" stroke=\"#999\" stroke-width=\"1\"/>",
        TOP + plot_height,
        WIDTH - 8.0
    );
    for (n, (name, values)) in series.iter().enumerate() {
        let colour = PALETTE[n % PALETTE.len()];
        let points: Vec<String> = values
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{:.1},{:.1}", x(i), y(*v)))
            .collect();
        let _ = write!(
            svg,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\">\
             <title>{}</title></polyline>",
            points.join(" "),
            escape(name)
        );
        let _ = write!(
            svg,
            "<g font-size=\"11\"><rect x=\"{:.0}\" y=\"{:.0}\" width=\"10\" height=\"10\" fill=\"{colour}\"/>\
             <text x=\"{:.0}\" y=\"{:.0}\" fill=\"currentColor\">{}</text></g>",
            LEFT + 8.0 + 120.0 * n as f64,
            TOP,
            LEFT + 22.0 + 120.0 * n as f64,
            TOP + 9.0,
            escape(name)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Horizontal bars, one per row, longest first as given.
#[expect(
    clippy::cast_precision_loss,
    reason = "chart coordinates need no more precision"
)]
pub fn bars(title: &str, rows: &[(String, i64)]) -> String {
    let max = rows.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let row_height = 22.0;
    let height = TOP + row_height * rows.len().max(1) as f64 + 4.0;
    let description = rows
        .iter()
        .map(|(label, value)| format!("{label}: {value}"))
        .collect::<Vec<_>>()
        .join("; ");
    let mut svg = open(title, &description).replace(
        &format!("viewBox=\"0 0 {WIDTH} {HEIGHT}\""),
        &format!("viewBox=\"0 0 {WIDTH} {height:.0}\""),
    );
    let label_width = 220.0;
    let bar_space = WIDTH - label_width - 70.0;
    for (i, (label, value)) in rows.iter().enumerate() {
        let y = TOP + row_height * i as f64;
        let width = bar_space * *value as f64 / max as f64;
        let shown: String = if label.chars().count() > 34 {
            label.chars().take(33).chain(['…']).collect()
        } else {
            label.clone()
        };
        let _ = write!(
            svg,
            "<g font-size=\"12\"><text x=\"{:.0}\" y=\"{:.0}\" text-anchor=\"end\" fill=\"currentColor\">{}</text>\
             <rect x=\"{label_width:.0}\" y=\"{:.0}\" width=\"{width:.1}\" height=\"14\" fill=\"{}\"/>\
             <text x=\"{:.0}\" y=\"{:.0}\" fill=\"currentColor\">{value}</text></g>",
            label_width - 6.0,
            y + 11.0,
            escape(&shown),
            y,
            PALETTE[0],
            label_width + width + 6.0,
            y + 11.0
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_are_svg_with_a_title_and_escaped_labels() {
        let labels = vec!["2026-11-01".to_owned(), "2026-11-02".to_owned()];
        let svg = lines(
            "Visitors <& views>",
            &labels,
            &[("views", vec![3, 140]), ("visitors", vec![1, 60])],
        );
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("<title id=\"t\">Visitors &lt;&amp; views&gt;</title>"));
        assert!(
            svg.contains(">200<"),
            "the scale's top is a round number: {svg}"
        );
        assert_eq!(svg.matches("<polyline").count(), 2);
        let bars = bars("Pages", &[("/<script>".to_owned(), 5), ("/".to_owned(), 2)]);
        assert!(!bars.contains("<script>") && bars.contains("/&lt;script&gt;"));
        assert_eq!(bars.matches("<rect").count(), 2);
    }

    #[test]
    fn the_scale_ends_on_a_round_number() {
        assert_eq!(scale_top(0), 1);
        assert_eq!(scale_top(7), 10);
        assert_eq!(scale_top(140), 200);
        assert_eq!(scale_top(4_999), 5_000);
    }
}
