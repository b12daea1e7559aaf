"""Batch analysis beyond one machine: a PySpark job writing the rasid tables as Parquet.

:mod:`rasid.spark.job` holds the job (``rasid spark`` / ``spark-submit``); :mod:`rasid.spark.tables`
the output layout and the reader ``rasid load`` uses (pyarrow only, no pyspark needed).
"""
