"""What lineage shows: results as tables, frames, diagram layout (no matplotlib),
matplotlib drawing, the palette and exports. Rendering libraries are imported
only inside the functions that need them."""
