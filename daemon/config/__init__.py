"""Configuration: YAML in, frozen validated objects out; errors name file, line and key path."""
