# A user lexicon layered on the built-in one (format: Sources/SummaryKit/Resources/Lexicon/README.md).
# A branch that reports its farm-produce cooperative as mass work.
[herb-cooperative]
categories = mass_work:0.8
zh = 中药材种植 | 中药材产业
en = medicinal herb planting | chinese herbal medicine industry
