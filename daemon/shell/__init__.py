"""Adapters to the outside world, one per library; library exceptions stop here."""
