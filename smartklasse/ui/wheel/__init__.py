"""The wheel page: the painted wheel, the tap flow, the editor and sound."""
