"""Locations: place mentions resolved against the GeoNames gazetteer."""
