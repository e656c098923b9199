"""Text segmentation shared by the extractors."""
