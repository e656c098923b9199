"""Entities: sentences, named-entity mentions and canonical entity keys."""
