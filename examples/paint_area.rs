//! How much a software renderer has to shade per frame of the cockpit: runs the app headless
//! (no window) in the same state as `examples/cockpit_cpu.rs`, tessellates one frame and prints
//! the summed triangle area per kind of shape, in window areas (1.0 = every pixel once).
//!
//! On Mesa's software renderer the CPU cost of a frame grows with this area (measured: one
//! window-sized rectangle costs about as much as the whole bare countdown), so this is the
//! figure to keep small. `cargo run --release --example paint_area` (`PROJECTOR=1` for the
//! projector window's own frame, `W=`/`H=` for another size).

mod common;

fn area(mesh: &egui::Mesh) -> f64 {
    mesh.indices
        .chunks_exact(3)
        .map(|t| {
            let [a, b, c] = [t[0], t[1], t[2]].map(|i| mesh.vertices[i as usize].pos);
            f64::from(((b - a).x * (c - a).y - (b - a).y * (c - a).x).abs() / 2.0)
        })
        .sum()
}

fn main() {
    let w: f32 = std::env::var("W")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1280.0);
    let h: f32 = std::env::var("H")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(800.0);
    let store = std::env::temp_dir().join(format!("paint-area-{}", std::process::id()));
    let mut app = common::cockpit_app(&store);
    let ctx = egui::Context::default();
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(w, h),
        )),
        ..Default::default()
    };
    let mut output = ctx.run_ui(input(), |ui| app.ui(ui));
    for frame in 0..3 {
        output = ctx.run_ui(input(), |ui| app.ui(ui));
        for (id, deltas) in &output.textures_delta.set {
            for delta in deltas {
                println!(
                    "frame {frame}: texture {id:?} {:?} at {:?}",
                    delta.image.size(),
                    delta.pos
                );
            }
        }
    }
    let mut by_kind: std::collections::BTreeMap<String, (usize, f64, usize)> = Default::default();
    let window = f64::from(w * h);
    for clipped in &output.shapes {
        let kind = shape_kind(&clipped.shape);
        let one = vec![clipped.clone()];
        let meshes = ctx.tessellate(one, output.pixels_per_point);
        let a: f64 = meshes
            .iter()
            .map(|m| match &m.primitive {
                egui::epaint::Primitive::Mesh(mesh) => area(mesh),
                egui::epaint::Primitive::Callback(_) => 0.0,
            })
            .sum();
        let tris: usize = meshes
            .iter()
            .map(|m| match &m.primitive {
                egui::epaint::Primitive::Mesh(mesh) => mesh.indices.len() / 3,
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum();
        if let egui::Shape::Rect(r) = &clipped.shape
            && tris > 100
            && std::env::var_os("DETAIL").is_some()
        {
            println!(
                "rect {:?} radius {:?} stroke {:?} blur {} round_to_pixels {:?}: {tris} triangles",
                r.rect, r.corner_radius, r.stroke, r.blur_width, r.round_to_pixels
            );
        }
        let entry = by_kind.entry(kind).or_default();
        entry.0 += 1;
        entry.1 += a / window;
        entry.2 += tris;
    }
    let all = ctx.tessellate(output.shapes.clone(), output.pixels_per_point);
    let triangles: usize = all
        .iter()
        .map(|m| match &m.primitive {
            egui::epaint::Primitive::Mesh(mesh) => mesh.indices.len() / 3,
            egui::epaint::Primitive::Callback(_) => 0,
        })
        .sum();
    println!(
        "{} draw calls (clip rect or texture changes), {triangles} triangles",
        all.len()
    );
    let total: f64 = by_kind.values().map(|(_, a, _)| a).sum();
    for (kind, (n, a, t)) in &by_kind {
        println!("{kind:>10}: {n:5} shapes, {t:6} triangles, {a:6.3} windows");
    }
    println!("{:>10}: {total:.3} windows of {w}×{h}", "total");
    let _ = std::fs::remove_dir_all(store);
}

fn shape_kind(shape: &egui::Shape) -> String {
    match shape {
        egui::Shape::Rect(r) if r.fill.a() > 0 => "rect fill".into(),
        egui::Shape::Rect(_) => "rect line".into(),
        egui::Shape::Text(_) => "text".into(),
        egui::Shape::LineSegment { .. } | egui::Shape::Path(_) => "line/path".into(),
        egui::Shape::Circle(_) | egui::Shape::Ellipse(_) => "circle".into(),
        egui::Shape::Mesh(_) => "mesh".into(),
        egui::Shape::Vec(_) => "vec".into(),
        other => format!("{:?}", std::mem::discriminant(other)),
    }
}
