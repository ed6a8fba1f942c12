-- registers.draws: an inspection item's page lists its draws (register_draw.row_id).
create index register_draw_row on register_draw (row_id);
