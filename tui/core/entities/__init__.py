"""Entity extraction (people, places, organisations, events, works, vehicles, numbers, dates) and
variant merging.

Heuristic, no model: capitalised runs are split at titles and roles and typed by the gazetteer
and the cues around them (in a sentence in capitals, where case tells no name, only the names
running text or the gazetteer confirms); numbers and dates come from patterns. Spellings of one
entity across versions are merged by alias, acronym, word bag, surname, close spelling and
aligned words.

patterns: what entities look like; scanning: mentions in one version's sentences; merging:
spellings of one entity grouped and typed; assembly: the entities, from the mentions.
"""

from tui.core.entities.assembly import before_alignment, extract_entities

__all__ = ["before_alignment", "extract_entities"]
