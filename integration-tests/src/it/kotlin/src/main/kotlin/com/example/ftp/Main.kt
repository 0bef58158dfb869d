package com.example.ftp

// Kotlin code on the Java types that kapt generated; exits with 1 if any of them misbehaves.
fun main() {
    val failures = mutableListOf<String>()
    fun check(condition: Boolean, what: String) {
        if (!condition) failures += what
    }

    val reply = FtpReply.of(421)
    check(reply == FtpReply.SERVICE_NOT_AVAILABLE && reply.isTransient, "FtpReply.of(421)")
    check(!FtpReply.isKnown(999), "999 is not an FTP reply")

    val reaction = when (530) {
        FtpReplyCodes.SERVICE_NOT_AVAILABLE -> "reconnect"
        FtpReplyCodes.NOT_LOGGED_IN -> "log in"
        else -> "carry on"
    }
    check(reaction == "log in", "when on FtpReplyCodes")

    val advice = object : FtpReplyHandler<String> {
        override fun onNotLoggedIn(code: FtpReply) = "check the password"
        override fun onTransientNegative(code: Int) = "try again later"
        override fun otherwise(code: Int) = "no advice"
    }
    check(FtpReplyHandler.dispatch(530, advice) == "check the password", "dispatch: a code's method")
    check(FtpReplyHandler.dispatch(499, advice) == "try again later", "dispatch: a series")
    check(FtpReplyHandler.dispatch(42, advice) == "no advice", "dispatch: otherwise")

    check(ShopError.lookup(1001).orElse(null) == ShopError.OUT_OF_STOCK, "own set: lookup")
    check(ShopErrorCodes.CARD_DECLINED == ShopError.CARD_DECLINED.code(), "own set: int constants")
    for (document in listOf("FtpReply.html", "ShopError.html")) {
        check(ShopError::class.java.getResource("/META-INF/codebook/$document") != null, "$document is in the output")
    }

    if (failures.isNotEmpty()) {
        println("FAILED: $failures")
        kotlin.system.exitProcess(1)
    }
    println("kotlin consumer OK")
}
